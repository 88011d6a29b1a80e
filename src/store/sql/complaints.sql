-- A complaint (SPEC §7) about a client and optionally one of its requests, received through the
-- designated email or the hotline. It must be accepted within 24 clock hours (accept_due) and
-- given a solution within 48 (solution_due) of received_at; both are stored like request
-- deadlines. state uses StewardComplaintState codes, remedy StewardRemedy codes. A free
-- re-service is the request remedy_request_id (whose remedy_of_complaint names this complaint);
-- a partial refund of refund_fen is an adjustment line on the complaint's request.
CREATE TABLE complaints (
  id           INTEGER PRIMARY KEY,
  client_id    INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  request_id   INTEGER REFERENCES service_requests (id) ON DELETE RESTRICT,
  channel      TEXT    NOT NULL CHECK (channel IN ('email', 'hotline')),
  summary      TEXT    NOT NULL CHECK (length (trim (summary)) > 0),
  details      TEXT    NOT NULL DEFAULT '',
  state        TEXT    NOT NULL DEFAULT 'received'
               CHECK (state IN ('received', 'accepted', 'resolved', 'closed')),
  received_at  INTEGER NOT NULL,
  accept_due   INTEGER NOT NULL,
  solution_due INTEGER NOT NULL,
  accepted_at  INTEGER,
  resolved_at  INTEGER,
  closed_at    INTEGER,
  solution     TEXT    NOT NULL DEFAULT '',
  remedy       TEXT    NOT NULL DEFAULT 'none' CHECK (remedy IN ('none', 're-service', 'partial-refund')),
  remedy_request_id INTEGER REFERENCES service_requests (id) ON DELETE RESTRICT,
  refund_fen   INTEGER NOT NULL DEFAULT 0 CHECK (refund_fen >= 0),
  who          TEXT    NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((remedy = 're-service') = (remedy_request_id IS NOT NULL)),
  CHECK ((remedy = 'partial-refund') = (refund_fen > 0))
);

CREATE INDEX complaints_by_client   ON complaints (client_id, received_at);
CREATE INDEX complaints_by_request  ON complaints (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX complaints_by_state    ON complaints (state, received_at);
CREATE INDEX complaints_by_received ON complaints (received_at);
