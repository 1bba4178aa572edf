-- Its second version: a column with a default, and a table.
ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown';
CREATE TABLE authors (name TEXT PRIMARY KEY);
