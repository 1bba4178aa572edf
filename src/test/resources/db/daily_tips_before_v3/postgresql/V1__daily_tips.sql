-- Daily tips: server settings, posts, rotation. Discord ids and epoch milliseconds are BIGINT; flags are BOOLEAN.
CREATE TABLE daily_tip_settings (
    server_id     BIGINT  PRIMARY KEY,
    channel_id    BIGINT  NOT NULL,
    post_time     TEXT    NOT NULL,
    zone_id       TEXT    NOT NULL,
    enabled       BOOLEAN NOT NULL,
    revision      BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    paused_reason TEXT,
    paused_at     BIGINT
);

CREATE TABLE daily_tip_posts (
    server_id       BIGINT  NOT NULL,
    local_date      TEXT    NOT NULL,
    nonce           TEXT    NOT NULL,
    tip_id          TEXT    NOT NULL,
    tip_text        TEXT    NOT NULL,
    section         TEXT    NOT NULL,
    intended_at     BIGINT  NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    channel_id      BIGINT,
    message_id      BIGINT,
    sent_at         BIGINT,
    missed          BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (server_id, local_date)
);

CREATE TABLE daily_tip_rotation (
    server_id   BIGINT PRIMARY KEY,
    cycle       BIGINT NOT NULL,
    last_tip_id TEXT
);

CREATE TABLE daily_tip_rotation_shown (
    server_id BIGINT NOT NULL,
    tip_id    TEXT   NOT NULL,
    PRIMARY KEY (server_id, tip_id)
);
