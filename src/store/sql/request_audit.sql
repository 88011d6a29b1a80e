-- The audit trail of a request (SPEC §4): every state change and every other recorded step,
-- who did it (the account manager's name from Preferences) and when. Append-only: a mistaken
-- line is undone by a new line that names it in reverses_id.
-- action: 'state' (a transition: from_state → to_state), 'respond', 'payment', 'quote', 'rate',
-- 'note', 'reversal', … (free codes chosen by the request workflow in core).
CREATE TABLE request_audit (
  id          INTEGER PRIMARY KEY,
  request_id  INTEGER NOT NULL REFERENCES service_requests (id) ON DELETE RESTRICT,
  at          INTEGER NOT NULL,
  who         TEXT    NOT NULL,
  action      TEXT    NOT NULL DEFAULT 'state',
  from_state  TEXT,
  to_state    TEXT,
  note        TEXT    NOT NULL DEFAULT '',
  reverses_id INTEGER REFERENCES request_audit (id) ON DELETE RESTRICT
);

CREATE INDEX request_audit_by_request ON request_audit (request_id, at);

CREATE TRIGGER request_audit_append_only_update BEFORE UPDATE ON request_audit
BEGIN
  SELECT RAISE (ABORT, 'request_audit is append-only');
END;

CREATE TRIGGER request_audit_append_only_delete BEFORE DELETE ON request_audit
BEGIN
  SELECT RAISE (ABORT, 'request_audit is append-only');
END;
