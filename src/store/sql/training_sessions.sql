-- A session of a `training` request (SPEC §6). end_at = start_at + duration, stored so overlap
-- checks ("trainer or client already booked") are one indexed range query:
-- other.start_at < NEW.end_at AND other.end_at > NEW.start_at AND status <> 'cancelled'.
-- format, content and status use the codes of StewardTrainingFormat, StewardTrainingContent and
-- StewardTrainingStatus. location is a place or a meeting link. client_id is the request's
-- client, kept here so "client already booked" is indexed too; trainer_key is the trainer's name
-- as core compares it (steward_training_trainer_key (): trimmed, NFKC, case-folded).
CREATE TABLE training_sessions (
  id               INTEGER PRIMARY KEY,
  request_id       INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE RESTRICT,
  client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  title            TEXT    NOT NULL CHECK (length (trim (title)) > 0),
  trainer          TEXT    NOT NULL CHECK (length (trim (trainer)) > 0),
  trainer_key      TEXT    NOT NULL,
  format           TEXT    NOT NULL CHECK (format IN ('online', 'offline')),
  content          TEXT    NOT NULL CHECK (content IN ('theory', 'practice', 'mixed')),
  start_at         INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 240),
  end_at           INTEGER NOT NULL,
  location         TEXT    NOT NULL DEFAULT '',
  status           TEXT    NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),
  notes            TEXT    NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  CHECK (end_at = start_at + duration_minutes * 60)
);

CREATE INDEX training_sessions_by_request ON training_sessions (request_id);
CREATE INDEX training_sessions_by_trainer ON training_sessions (trainer_key, start_at);
CREATE INDEX training_sessions_by_client  ON training_sessions (client_id, start_at);
CREATE INDEX training_sessions_by_start   ON training_sessions (start_at, end_at);
