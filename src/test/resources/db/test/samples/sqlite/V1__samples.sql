-- A test schema with a column of every type the stores bind.
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    label TEXT,
    amount INTEGER,
    small INTEGER,
    ratio REAL,
    flag INTEGER CHECK (flag IN (0, 1))
);
