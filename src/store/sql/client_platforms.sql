-- The operating systems a client uses (SPEC §1): remote assistance is offered only for these.
-- os uses the codes of StewardOs (src/core/steward-enums.c), without 'none'.
CREATE TABLE client_platforms (
  client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  os        TEXT    NOT NULL CHECK (os IN ('windows', 'macos', 'linux')),
  PRIMARY KEY (client_id, os)
) WITHOUT ROWID;
