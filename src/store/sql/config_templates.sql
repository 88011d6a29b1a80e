-- The standard configuration templates the user keeps (SPEC §2, `config` requests of kind
-- 'template' choose one). A template in use is archived, never deleted.
CREATE TABLE config_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE CHECK (length (trim (name)) > 0),
  description TEXT    NOT NULL DEFAULT '',
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at  INTEGER NOT NULL
);
