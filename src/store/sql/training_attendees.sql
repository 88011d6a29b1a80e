-- Who attends a training session: a contact of the client (contact_id) or a named person.
-- Anonymising a client replaces the names of attendees who are its contacts.
CREATE TABLE training_attendees (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
  contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
  name       TEXT    NOT NULL CHECK (length (trim (name)) > 0),
  role       TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX training_attendees_by_session ON training_attendees (session_id);
CREATE INDEX training_attendees_by_contact ON training_attendees (contact_id) WHERE contact_id IS NOT NULL;
