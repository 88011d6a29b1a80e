-- Dated exceptions to the Monday–Friday week (SPEC §5): working = 0 is a public holiday,
-- working = 1 a make-up working day. date is the local date 'YYYY-MM-DD'.
CREATE TABLE calendar_days (
  date    TEXT    PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  working INTEGER NOT NULL CHECK (working IN (0, 1)),
  name    TEXT    NOT NULL DEFAULT ''
) WITHOUT ROWID;
