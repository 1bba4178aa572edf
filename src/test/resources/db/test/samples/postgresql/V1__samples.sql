-- A test schema with a column of every type the stores bind.
CREATE TABLE samples (
    id BIGINT PRIMARY KEY,
    label TEXT,
    amount BIGINT,
    small INTEGER,
    ratio DOUBLE PRECISION,
    flag BOOLEAN
);
