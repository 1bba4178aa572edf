-- A second version that fails half way: nothing of it may stay.
CREATE TABLE half_done (x INTEGER);
ALTER TABLE no_such_table ADD COLUMN y INTEGER;
