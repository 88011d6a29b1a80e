-- Money views and the client-list summaries (clients.open_requests, outstanding_fen,
-- last_activity_at).
--
-- payment_effects: what each money line does, signed. A reversal has the opposite effect of the
-- line it undoes.
--   received_delta  change of the money received on the request (payment +, refund −,
--                   adjustment −: a partial refund is money paid back)
--   fee_delta       change of the net fee (adjustment −)
CREATE VIEW payment_effects AS
SELECT p.id AS payment_id,
       p.request_id,
       p.package_id,
       p.at,
       (CASE WHEN p.kind = 'reversal' THEN -1 ELSE 1 END) * p.amount_fen
         * (CASE coalesce (r.kind, p.kind) WHEN 'payment' THEN 1 WHEN 'refund' THEN -1
                                           WHEN 'adjustment' THEN -1 ELSE 0 END) AS received_delta,
       (CASE WHEN p.kind = 'reversal' THEN -1 ELSE 1 END) * p.amount_fen
         * (CASE coalesce (r.kind, p.kind) WHEN 'adjustment' THEN -1 ELSE 0 END) AS fee_delta
FROM payments p
LEFT JOIN payments r ON p.kind = 'reversal' AND r.id = p.reverses_id;

-- request_balances: per request, the net fee (fee + surcharge − adjustments), what was received
-- (net of refunds and reversals) and what is still outstanding.
CREATE VIEW request_balances AS
SELECT q.id AS request_id,
       q.client_id,
       q.fee_fen + q.surcharge_fen + coalesce (sum (e.fee_delta), 0) AS net_fee_fen,
       coalesce (sum (e.received_delta), 0) AS received_fen,
       q.fee_fen + q.surcharge_fen + coalesce (sum (e.fee_delta), 0)
         - coalesce (sum (e.received_delta), 0) AS outstanding_fen
FROM service_requests q
LEFT JOIN payment_effects e ON e.request_id = q.id
GROUP BY q.id;

-- The triggers below keep one client's summaries up to date incrementally: each change adds
-- the difference it makes, reading only the changed request and its own payment lines (through
-- payments_by_request), so a write costs the same for a client with ten requests or a hundred
-- thousand. open_requests counts requests that are not settled, rejected or cancelled
-- (steward_state_is_open). outstanding_fen is owed on agreed work only: requests from confirmed
-- onwards (or held from in-progress), not package incidents (billed on the month statement);
-- a request contributes its net fee − received, i.e. fee + surcharge − Σ (received_delta −
-- fee_delta) of its lines. A request row's UPDATE never changes its payments, so the old and
-- the new contribution are read against the same lines.
-- The same expressions appear in each trigger because SQLite triggers cannot call a shared
-- routine.
CREATE TRIGGER service_requests_summary_insert AFTER INSERT ON service_requests
BEGIN
  UPDATE clients SET
    open_requests = open_requests + (NEW.state NOT IN ('settled', 'rejected', 'cancelled')),
    outstanding_fen = outstanding_fen
      + CASE WHEN NEW.package_id IS NULL
                  AND (NEW.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                       OR NEW.held_from_state = 'in-progress')
             THEN NEW.fee_fen + NEW.surcharge_fen
                  - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                     FROM payment_effects e WHERE e.request_id = NEW.id)
             ELSE 0 END,
    last_activity_at = max (last_activity_at, NEW.updated_at)
  WHERE id = NEW.client_id;
END;

CREATE TRIGGER service_requests_summary_update AFTER UPDATE ON service_requests
BEGIN
  UPDATE clients SET
    open_requests = open_requests - (OLD.state NOT IN ('settled', 'rejected', 'cancelled')),
    outstanding_fen = outstanding_fen
      - CASE WHEN OLD.package_id IS NULL
                  AND (OLD.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                       OR OLD.held_from_state = 'in-progress')
             THEN OLD.fee_fen + OLD.surcharge_fen
                  - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                     FROM payment_effects e WHERE e.request_id = OLD.id)
             ELSE 0 END
  WHERE id = OLD.client_id;
  UPDATE clients SET
    open_requests = open_requests + (NEW.state NOT IN ('settled', 'rejected', 'cancelled')),
    outstanding_fen = outstanding_fen
      + CASE WHEN NEW.package_id IS NULL
                  AND (NEW.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                       OR NEW.held_from_state = 'in-progress')
             THEN NEW.fee_fen + NEW.surcharge_fen
                  - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                     FROM payment_effects e WHERE e.request_id = NEW.id)
             ELSE 0 END,
    last_activity_at = max (last_activity_at, NEW.updated_at)
  WHERE id = NEW.client_id;
END;

-- A new line changes what is owed only on agreed work (see above).
CREATE TRIGGER payments_summary_insert AFTER INSERT ON payments
WHEN NEW.request_id IS NOT NULL
BEGIN
  UPDATE clients SET
    outstanding_fen = outstanding_fen
      - coalesce ((SELECT e.received_delta - e.fee_delta
                   FROM payment_effects e JOIN service_requests q ON q.id = e.request_id
                   WHERE e.payment_id = NEW.id AND q.package_id IS NULL
                     AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                          OR q.held_from_state = 'in-progress')), 0),
    last_activity_at = max (last_activity_at, NEW.at)
  WHERE id = (SELECT client_id FROM service_requests WHERE id = NEW.request_id);
END;
