-- Another feature's table, added to a store that already has data.
CREATE TABLE readers (name TEXT PRIMARY KEY);
