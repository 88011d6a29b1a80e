-- A technical-support monthly package (SPEC §3): prepaid in full at purchase for 1–12 calendar
-- months starting at start_year-start_month. Each package month allows `quota` support incidents
-- (advisor, remote) at no charge; each one beyond costs overage_fen, billed on the month-end
-- statement. Money in fen. A cancelled package keeps its row (cancelled_at set).
CREATE TABLE monthly_packages (
  id                  INTEGER PRIMARY KEY,
  client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  start_year          INTEGER NOT NULL CHECK (start_year BETWEEN 2000 AND 9999),
  start_month         INTEGER NOT NULL CHECK (start_month BETWEEN 1 AND 12),
  months              INTEGER NOT NULL CHECK (months BETWEEN 1 AND 12),
  price_per_month_fen INTEGER NOT NULL CHECK (price_per_month_fen > 0),
  quota               INTEGER NOT NULL CHECK (quota >= 1),
  overage_fen         INTEGER NOT NULL CHECK (overage_fen > 0),
  purchased_at        INTEGER NOT NULL,
  cancelled_at        INTEGER,
  notes               TEXT    NOT NULL DEFAULT '',
  created_at          INTEGER NOT NULL
);

CREATE INDEX monthly_packages_by_client ON monthly_packages (client_id, start_year, start_month);
