-- Money lines (SPEC §3–§4), for a request or (a package purchase / month statement) a package.
-- kind: 'payment' received from the client; 'refund' paid back (e.g. a deposit refunded on
-- cancel); 'adjustment' a complaint's partial refund, which lowers the net fee and what was
-- received (complaint_id names the complaint); 'reversal' undoes the line reverses_id names.
-- amount_fen is always > 0: the kind gives the direction (see payment_effects in
-- client_summary.sql). Append-only: nothing financial is ever updated or deleted.
CREATE TABLE payments (
  id           INTEGER PRIMARY KEY,
  request_id   INTEGER REFERENCES service_requests (id) ON DELETE RESTRICT,
  package_id   INTEGER REFERENCES monthly_packages (id) ON DELETE RESTRICT,
  kind         TEXT    NOT NULL CHECK (kind IN ('payment', 'refund', 'adjustment', 'reversal')),
  amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
  method       TEXT    NOT NULL CHECK (method IN ('bank-transfer', 'third-party')),
  at           INTEGER NOT NULL,
  reference    TEXT    NOT NULL DEFAULT '',
  note         TEXT    NOT NULL DEFAULT '',
  reverses_id  INTEGER REFERENCES payments (id) ON DELETE RESTRICT,
  complaint_id INTEGER REFERENCES complaints (id) ON DELETE RESTRICT,
  who          TEXT    NOT NULL DEFAULT '',
  created_at   INTEGER NOT NULL,
  CHECK ((request_id IS NULL) <> (package_id IS NULL)),
  CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL))
);

CREATE INDEX payments_by_request ON payments (request_id, at) WHERE request_id IS NOT NULL;
CREATE INDEX payments_by_package ON payments (package_id, at) WHERE package_id IS NOT NULL;
CREATE INDEX payments_by_at      ON payments (at);
-- A line is reversed at most once.
CREATE UNIQUE INDEX payments_reversed_once ON payments (reverses_id) WHERE reverses_id IS NOT NULL;

-- A reversal must undo a non-reversal line of the same request or package.
CREATE TRIGGER payments_reversal_target BEFORE INSERT ON payments
WHEN NEW.kind = 'reversal'
BEGIN
  SELECT RAISE (ABORT, 'a reversal must undo a line of the same request or package')
  WHERE NOT EXISTS (SELECT 1 FROM payments r
                    WHERE r.id = NEW.reverses_id AND r.kind <> 'reversal'
                      AND r.request_id IS NEW.request_id AND r.package_id IS NEW.package_id);
END;

CREATE TRIGGER payments_append_only_update BEFORE UPDATE ON payments
BEGIN
  SELECT RAISE (ABORT, 'payments are append-only');
END;

CREATE TRIGGER payments_append_only_delete BEFORE DELETE ON payments
BEGIN
  SELECT RAISE (ABORT, 'payments are append-only');
END;
