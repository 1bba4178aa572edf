-- A test schema: one table.
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
