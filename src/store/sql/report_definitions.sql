-- Saved report definitions (SPEC §8). spec is the whole definition (filters, grouping, measures,
-- chart, period) serialised by core's report spec (steward_report_spec_to_json ()); title,
-- source, chart and period (the schedule: StewardReportPeriodic codes) are copied out so lists
-- and scheduled runs need not parse it. title_key (NFKC, case-folded, trimmed, inner spaces
-- collapsed) makes names unique. The built-in templates are not stored: they come from core
-- (steward-report-templates.h); builtin stays 0 and is kept for a later template override.
CREATE TABLE report_definitions (
  id         INTEGER PRIMARY KEY,
  title      TEXT    NOT NULL CHECK (length (trim (title)) > 0),
  title_key  TEXT    NOT NULL UNIQUE,
  source     TEXT    NOT NULL
             CHECK (source IN ('requests', 'payments', 'trainings', 'complaints', 'ratings', 'feedback')),
  chart      TEXT    NOT NULL
             CHECK (chart IN ('bar-grouped', 'bar-stacked', 'line', 'pie', 'table')),
  period     TEXT    NOT NULL DEFAULT 'none'
             CHECK (period IN ('none', 'daily', 'weekly', 'monthly', 'quarterly')),
  spec       TEXT    NOT NULL,
  builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
