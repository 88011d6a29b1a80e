-- Version 2: indexes for the request list (steward-request-list-model.c) on a large database.
-- Each partial index's WHERE is written, word for word, as a condition of the list's queries:
-- SQLite uses a partial index only when the query's WHERE contains its condition.

-- The priority filter; with the service and the state, a count of "urgent" together with a
-- service or "open" reads this index alone.
CREATE INDEX service_requests_by_priority ON service_requests (priority, service, state, submitted_at);

-- Open requests (every state but settled, rejected and cancelled: about 4 % of a large
-- database) in each order the list sorts by, so "open, by deadline" reads one page of an index
-- instead of walking every request. The id breaks ties; the state, service and priority after
-- it let a walk pass over the requests another filter leaves out without reading them.
CREATE INDEX service_requests_open_by_submitted
  ON service_requests (submitted_at, id, state, service, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_open_by_response_due
  ON service_requests (response_due IS NULL, response_due, id, state, service, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_open_by_delivery_due
  ON service_requests (delivery_due IS NULL, delivery_due, id, state, service, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_open_by_service
  ON service_requests (service, submitted_at, id, state, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_open_by_state
  ON service_requests (state, submitted_at, id, service, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_open_by_fee ON service_requests (fee_fen, id, state, service, priority)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');

-- The SLA filters. Both hold every column their conditions read, and the service, priority and
-- submission filters, so a count never visits the table. Requests with a clock running (due soon, running, overdue now: a few thousand):
CREATE INDEX service_requests_running_clocks ON service_requests
  (state, response_due, responded_at, response_due_soon_at, response_met,
   delivery_due, delivered_at, delivery_due_soon_at, delivery_met, hold_started_at,
   service, priority, submitted_at)
  WHERE (response_due IS NOT NULL AND responded_at IS NULL
         AND state NOT IN ('rejected', 'cancelled', 'waiting-on-client'))
     OR (delivery_due IS NOT NULL AND delivered_at IS NULL
         AND state NOT IN ('rejected', 'cancelled', 'waiting-on-client'));
-- Requests that are or may become breached: a step done late, a clock running, or on hold.
CREATE INDEX service_requests_breach_candidates ON service_requests
  (state, response_due, responded_at, response_due_soon_at, response_met,
   delivery_due, delivered_at, delivery_due_soon_at, delivery_met, hold_started_at,
   service, priority, submitted_at)
  WHERE response_met = 0 OR delivery_met = 0
     OR (response_due IS NOT NULL AND responded_at IS NULL
         AND state NOT IN ('rejected', 'cancelled', 'waiting-on-client'))
     OR (delivery_due IS NOT NULL AND delivered_at IS NULL
         AND state NOT IN ('rejected', 'cancelled', 'waiting-on-client'))
     OR state = 'waiting-on-client';

-- One state or one service, sorted by fee or by delivery deadline. Without these the list walks
-- the fee or deadline index over every request, and the rows it wants may all sit at the far
-- end (rejected requests have no fee; most services have no delivery deadline).
CREATE INDEX service_requests_by_state_fee ON service_requests (state, fee_fen);
CREATE INDEX service_requests_by_state_delivery_due
  ON service_requests (state, delivery_due IS NULL, delivery_due);
CREATE INDEX service_requests_by_service_fee ON service_requests (service, fee_fen);
CREATE INDEX service_requests_by_service_delivery_due
  ON service_requests (service, delivery_due IS NULL, delivery_due);

-- The fee and deadline orders walked with a filter on the service, state or submission date:
-- with those columns in the index, SQLite skips the rows that do not match without reading
-- them. The id comes right after the sort key, as the list breaks ties by it: otherwise the
-- thousands of requests with the same fee (or none) would be sorted before the first row.
-- They replace version 1's indexes of the same names, which held the sort key alone.
DROP INDEX service_requests_by_response_due;
DROP INDEX service_requests_by_delivery_due;
DROP INDEX service_requests_by_fee;
CREATE INDEX service_requests_by_response_due ON service_requests
  (response_due IS NULL, response_due, id, service, state, submitted_at);
CREATE INDEX service_requests_by_delivery_due ON service_requests
  (delivery_due IS NULL, delivery_due, id, service, state, submitted_at);
CREATE INDEX service_requests_by_fee ON service_requests (fee_fen, id, service, state, submitted_at);
