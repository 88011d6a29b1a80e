-- Business-hours windows of a working day (SPEC §5), minutes after local midnight, [start, end).
-- Seeded with the default 09:00–12:00 and 13:00–18:00.
CREATE TABLE calendar_windows (
  position     INTEGER PRIMARY KEY,
  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
  end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
  CHECK (start_minute < end_minute)
);

INSERT INTO calendar_windows (position, start_minute, end_minute) VALUES (0, 540, 720), (1, 780, 1080);
