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

-- The triggers below recompute one client's summaries whenever one of its requests or payments
-- changes, from base tables only (the aggregate view above would be computed for every request).
-- open_requests counts requests that are not settled, rejected or cancelled
-- (steward_state_is_open). outstanding_fen is owed on agreed work only: requests from confirmed
-- onwards (or held from in-progress), not package incidents (billed on the month statement);
-- it is net fee − received, i.e. fee + surcharge − (received_delta − fee_delta).
-- The same UPDATE appears in each trigger because SQLite triggers cannot call a shared routine.
CREATE TRIGGER service_requests_summary_insert AFTER INSERT ON service_requests
BEGIN
  UPDATE clients SET
    open_requests = (SELECT count (*) FROM service_requests q WHERE q.client_id = clients.id
                       AND q.state NOT IN ('settled', 'rejected', 'cancelled')),
    outstanding_fen = (SELECT coalesce (sum (q.fee_fen + q.surcharge_fen), 0)
                       FROM service_requests q
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress'))
                    - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                       FROM service_requests q JOIN payment_effects e ON e.request_id = q.id
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress')),
    last_activity_at = max (last_activity_at, NEW.updated_at)
  WHERE id = NEW.client_id;
END;

CREATE TRIGGER service_requests_summary_update AFTER UPDATE ON service_requests
BEGIN
  UPDATE clients SET
    open_requests = (SELECT count (*) FROM service_requests q WHERE q.client_id = clients.id
                       AND q.state NOT IN ('settled', 'rejected', 'cancelled')),
    outstanding_fen = (SELECT coalesce (sum (q.fee_fen + q.surcharge_fen), 0)
                       FROM service_requests q
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress'))
                    - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                       FROM service_requests q JOIN payment_effects e ON e.request_id = q.id
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress')),
    last_activity_at = max (last_activity_at, NEW.updated_at)
  WHERE id IN (NEW.client_id, OLD.client_id);
END;

CREATE TRIGGER payments_summary_insert AFTER INSERT ON payments
WHEN NEW.request_id IS NOT NULL
BEGIN
  UPDATE clients SET
    outstanding_fen = (SELECT coalesce (sum (q.fee_fen + q.surcharge_fen), 0)
                       FROM service_requests q
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress'))
                    - (SELECT coalesce (sum (e.received_delta - e.fee_delta), 0)
                       FROM service_requests q JOIN payment_effects e ON e.request_id = q.id
                       WHERE q.client_id = clients.id AND q.package_id IS NULL
                         AND (q.state IN ('confirmed', 'in-progress', 'delivered', 'accepted', 'settled')
                              OR q.held_from_state = 'in-progress')),
    last_activity_at = max (last_activity_at, NEW.at)
  WHERE id = (SELECT client_id FROM service_requests WHERE id = NEW.request_id);
END;
