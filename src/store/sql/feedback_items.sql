-- Product feedback a client raised during an `advisor` request (SPEC §2), listed in a report
-- for the product team.
CREATE TABLE feedback_items (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE RESTRICT,
  area       TEXT    NOT NULL DEFAULT '',
  body       TEXT    NOT NULL CHECK (length (trim (body)) > 0),
  at         INTEGER NOT NULL
);

CREATE INDEX feedback_items_by_request ON feedback_items (request_id);
CREATE INDEX feedback_items_by_at      ON feedback_items (at);
