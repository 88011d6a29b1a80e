-- A service request (SPEC §2–§5). Enumerated columns hold the stable codes of
-- src/core/steward-enums.c (StewardService, StewardPriority, StewardChannel, StewardState,
-- StewardComplexity, StewardTier, StewardOs, StewardConfigKind). Money in fen, times in Unix
-- seconds (NULL = not yet).
--
-- fee_fen        the quoted fee (0 only for basic analysis, package incidents, remedies: core)
-- surcharge_fen  after-hours emergency surcharge, outside the ¥200 cap, part of the total
-- emergency      1 = after-hours emergency (response clock in clock time)
-- held_from_state while state = 'waiting-on-client', the state to return to; hold_started_at
--                when the hold began (the SLA clocks are extended when it ends)
-- work_start_at  when work may start (confirmed and deposit received): delivery day 0
-- response_due, delivery_due  the deadlines computed by core (steward-sla.h) and stored, moved
--                by holds; NULL when there is none (delivery only for config/training)
-- response_met, delivery_met  NULL while the clock runs, 1 = met, 0 = breached
-- response_due_soon_at, delivery_due_soon_at  the instant from which the deadline is "due soon"
--                (15 business minutes before it, 15 clock minutes for after-hours emergencies),
--                computed by core (steward_desk_due_soon_at) whenever a deadline is stored, so
--                lists filter and sort on SLA status in SQL
-- package_id     the monthly package the incident draws on; package_incident = 1 when it is
--                covered by it (fee 0, overage billed on the statement)
-- template_name  the standard template of a config request (config_kind = 'template')
-- remedy_of_complaint  set on a free re-service created as a complaint's remedy (fee 0)
-- rating         NULL (or 0) = not rated; 1–5 once accepted (core enforces 1–5)
CREATE TABLE service_requests (
  id                  INTEGER PRIMARY KEY,
  client_id           INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  contact_id          INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  title               TEXT    NOT NULL DEFAULT '',
  description         TEXT    NOT NULL DEFAULT '',
  service             TEXT    NOT NULL
                      CHECK (service IN ('advisor', 'remote', 'config', 'training', 'report', 'visual')),
  priority            TEXT    NOT NULL DEFAULT 'standard' CHECK (priority IN ('standard', 'urgent')),
  channel             TEXT    NOT NULL DEFAULT 'platform' CHECK (channel IN ('platform', 'email', 'phone')),
  state               TEXT    NOT NULL DEFAULT 'submitted'
                      CHECK (state IN ('submitted', 'under-review', 'confirmed', 'in-progress',
                                       'delivered', 'accepted', 'settled', 'rejected',
                                       'cancelled', 'waiting-on-client')),
  held_from_state     TEXT    CHECK (held_from_state IS NULL
                                     OR held_from_state IN ('under-review', 'in-progress')),
  hold_started_at     INTEGER,
  owner               TEXT    NOT NULL DEFAULT '',
  fee_fen             INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
  surcharge_fen       INTEGER NOT NULL DEFAULT 0 CHECK (surcharge_fen >= 0),
  emergency           INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
  complexity          TEXT    NOT NULL DEFAULT 'none' CHECK (complexity IN ('none', 'simple', 'complex')),
  tier                TEXT    NOT NULL DEFAULT 'none' CHECK (tier IN ('none', 'basic', 'advanced')),
  os                  TEXT    NOT NULL DEFAULT 'none' CHECK (os IN ('none', 'windows', 'macos', 'linux')),
  data_terms_agreed   INTEGER NOT NULL DEFAULT 0 CHECK (data_terms_agreed IN (0, 1)),
  config_kind         TEXT    NOT NULL DEFAULT 'none' CHECK (config_kind IN ('none', 'template', 'special')),
  config_template_id  INTEGER REFERENCES config_templates (id) ON DELETE RESTRICT,
  template_name       TEXT    NOT NULL DEFAULT '',
  special_request     TEXT    NOT NULL DEFAULT '',
  package_id          INTEGER REFERENCES monthly_packages (id) ON DELETE RESTRICT,
  package_incident    INTEGER NOT NULL DEFAULT 0 CHECK (package_incident IN (0, 1)),
  remedy_of_complaint INTEGER REFERENCES complaints (id) ON DELETE RESTRICT,
  submitted_at        INTEGER NOT NULL,
  responded_at        INTEGER,
  work_start_at       INTEGER,
  delivered_at        INTEGER,
  accepted_at         INTEGER,
  settled_at          INTEGER,
  closed_at           INTEGER,
  response_due        INTEGER,
  delivery_due        INTEGER,
  response_due_soon_at INTEGER,
  delivery_due_soon_at INTEGER,
  response_met        INTEGER CHECK (response_met IS NULL OR response_met IN (0, 1)),
  delivery_met        INTEGER CHECK (delivery_met IS NULL OR delivery_met IN (0, 1)),
  rating              INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 5),
  rating_feedback     TEXT    NOT NULL DEFAULT '',
  rated_at            INTEGER,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL,
  CHECK ((state = 'waiting-on-client') = (held_from_state IS NOT NULL)),
  CHECK (package_incident = 0 OR package_id IS NOT NULL)
);

CREATE INDEX service_requests_by_client       ON service_requests (client_id, submitted_at);
CREATE INDEX service_requests_by_state        ON service_requests (state, submitted_at);
-- Deadlines sort with the requests that have none after the others (ORDER BY x IS NULL, x).
CREATE INDEX service_requests_by_response_due ON service_requests (response_due IS NULL, response_due);
CREATE INDEX service_requests_by_delivery_due ON service_requests (delivery_due IS NULL, delivery_due);
CREATE INDEX service_requests_by_submitted    ON service_requests (submitted_at);
-- The request list (steward-request-list-model.c) sorts by each of these; the rowid (id) that
-- every index carries breaks ties, so pages are stable.
CREATE INDEX service_requests_by_service      ON service_requests (service, submitted_at);
CREATE INDEX service_requests_by_fee          ON service_requests (fee_fen);
CREATE INDEX service_requests_by_state_only   ON service_requests (state);
-- Open requests: the deadline recompute after a calendar edit walks only these.
CREATE INDEX service_requests_open            ON service_requests (id)
  WHERE state NOT IN ('settled', 'rejected', 'cancelled');
CREATE INDEX service_requests_by_package      ON service_requests (package_id) WHERE package_id IS NOT NULL;
CREATE INDEX service_requests_by_remedy       ON service_requests (remedy_of_complaint)
  WHERE remedy_of_complaint IS NOT NULL;
