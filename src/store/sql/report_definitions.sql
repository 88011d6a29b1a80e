-- Saved report definitions (SPEC §8). spec is the whole definition (filters, grouping, measures,
-- chart, period) serialised by core's report spec; title, source and period are copied out so
-- lists and scheduled runs need not parse it. builtin = 1 for the shipped templates.
CREATE TABLE report_definitions (
  id         INTEGER PRIMARY KEY,
  title      TEXT    NOT NULL CHECK (length (trim (title)) > 0),
  source     TEXT    NOT NULL CHECK (source IN ('requests', 'payments', 'trainings', 'complaints', 'ratings')),
  period     TEXT    NOT NULL DEFAULT 'none'
             CHECK (period IN ('none', 'daily', 'weekly', 'monthly', 'quarterly')),
  spec       TEXT    NOT NULL,
  builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
