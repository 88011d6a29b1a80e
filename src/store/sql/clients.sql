-- A client company (SPEC §1).
-- name_key is steward_client_name_key (name): NFKC + case folding, trimmed, inner white space
-- collapsed. Its UNIQUE constraint is what makes "ＡＣＭＥ 科技" and "acme 科技" the same client.
-- advisor is the dedicated technical advisor's name ('' = none).
-- open_requests, outstanding_fen and last_activity_at are summaries for the client list: the
-- triggers in client_summary.sql keep them; code must not write them (except last_activity_at,
-- which the client repository raises to updated_at when it saves the client).
-- Times are Unix seconds (UTC).
CREATE TABLE clients (
  id               INTEGER PRIMARY KEY,
  name             TEXT    NOT NULL CHECK (length (trim (name)) BETWEEN 1 AND 200),
  name_key         TEXT    NOT NULL UNIQUE,
  industry         TEXT    NOT NULL DEFAULT '',
  address          TEXT    NOT NULL DEFAULT '',
  notes            TEXT    NOT NULL DEFAULT '',
  owner            TEXT    NOT NULL DEFAULT '',
  advisor          TEXT    NOT NULL DEFAULT '',
  archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  anonymised_at    INTEGER,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  open_requests    INTEGER NOT NULL DEFAULT 0,
  outstanding_fen  INTEGER NOT NULL DEFAULT 0,
  last_activity_at INTEGER NOT NULL
);

-- The client list filters by archived and sorts by one of these; id breaks ties so pages are
-- stable.
CREATE INDEX clients_by_name        ON clients (archived, name_key, id);
CREATE INDEX clients_by_industry    ON clients (archived, industry, name_key, id);
CREATE INDEX clients_by_owner       ON clients (archived, owner, name_key, id);
CREATE INDEX clients_by_activity    ON clients (archived, last_activity_at, id);
CREATE INDEX clients_by_outstanding ON clients (archived, outstanding_fen, id);
CREATE INDEX clients_by_open        ON clients (archived, open_requests, id);
-- The owner filter's list of account managers.
CREATE INDEX clients_owners         ON clients (owner);
