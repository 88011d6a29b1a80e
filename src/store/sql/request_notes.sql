-- Notes on a request (SPEC §2). shared = 1: the client sees it when following progress.
CREATE TABLE request_notes (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE RESTRICT,
  at         INTEGER NOT NULL,
  who        TEXT    NOT NULL DEFAULT '',
  body       TEXT    NOT NULL CHECK (length (trim (body)) > 0),
  shared     INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1))
);

CREATE INDEX request_notes_by_request ON request_notes (request_id, at);
