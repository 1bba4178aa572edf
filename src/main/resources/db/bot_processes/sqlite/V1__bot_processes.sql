-- A heartbeat row per running studybot process: its shard range and server count (see ProcessRegistry).
CREATE TABLE bot_processes (
    process_id  TEXT    PRIMARY KEY,
    shard_total INTEGER NOT NULL,
    shard_from  INTEGER NOT NULL,
    shard_to    INTEGER NOT NULL,
    servers     INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    seen_at     INTEGER NOT NULL
);
