-- Preferences that belong to the data rather than to the desktop (they travel with the database
-- and the headless commands read them without GSettings): the pricing limits of SPEC §3 in fen
-- (StewardPricing) and the account manager's name for the audit trail ('' = the system's real
-- name).
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES
  ('pricing.incident-max', '20000'),
  ('pricing.package-month-price', '100000'),
  ('pricing.package-max-months', '12'),
  ('pricing.package-default-quota', '10'),
  ('pricing.package-default-overage', '20000'),
  ('pricing.project-max', '500000'),
  ('pricing.advanced-min', '50000'),
  ('manager.name', '');
