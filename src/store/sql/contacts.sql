-- A client's contacts (SPEC §1). Exactly one is primary: core checks "exactly one" before a
-- save, the partial unique index below guarantees "at most one" whatever writes the table.
-- phone and email are '' when unknown; anonymisation replaces name, phone and email.
CREATE TABLE contacts (
  id         INTEGER PRIMARY KEY,
  client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  role       TEXT    NOT NULL DEFAULT '',
  phone      TEXT    NOT NULL DEFAULT '',
  email      TEXT    NOT NULL DEFAULT '',
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  position   INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX contacts_by_client ON contacts (client_id, position);
CREATE UNIQUE INDEX contacts_one_primary ON contacts (client_id) WHERE is_primary = 1;
