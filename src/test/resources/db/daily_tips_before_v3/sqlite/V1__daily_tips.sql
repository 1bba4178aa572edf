-- Daily tips: server settings, posts, rotation. Identical to the schema SQLite files got before Flyway
-- (PRAGMA user_version 1); such files are baselined at this version and keep their data.
CREATE TABLE daily_tip_settings (
    server_id     INTEGER PRIMARY KEY,
    channel_id    INTEGER NOT NULL,
    post_time     TEXT    NOT NULL,
    zone_id       TEXT    NOT NULL,
    enabled       INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    revision      INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    paused_reason TEXT,
    paused_at     INTEGER
);

CREATE TABLE daily_tip_posts (
    server_id       INTEGER NOT NULL,
    local_date      TEXT    NOT NULL,
    nonce           TEXT    NOT NULL,
    tip_id          TEXT    NOT NULL,
    tip_text        TEXT    NOT NULL,
    section         TEXT    NOT NULL,
    intended_at     INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    channel_id      INTEGER,
    message_id      INTEGER,
    sent_at         INTEGER,
    missed          INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),
    PRIMARY KEY (server_id, local_date)
);

CREATE TABLE daily_tip_rotation (
    server_id   INTEGER PRIMARY KEY,
    cycle       INTEGER NOT NULL,
    last_tip_id TEXT
);

CREATE TABLE daily_tip_rotation_shown (
    server_id INTEGER NOT NULL,
    tip_id    TEXT    NOT NULL,
    PRIMARY KEY (server_id, tip_id)
);
