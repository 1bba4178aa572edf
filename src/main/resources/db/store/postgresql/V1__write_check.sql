-- One row, rewritten at every startup to prove the store takes writes.
CREATE TABLE store_write_check (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    written_at BIGINT  NOT NULL
);
