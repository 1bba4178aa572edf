-- Review reminders: each member's setting (one reminder per member, for the place it was set in) and every
-- reminder DM, intent before sending and message after, so each is sent at most once per member, local day and snooze.
-- Ids and epoch milliseconds are BIGINT; flags are BOOLEAN.
CREATE TABLE reminders (
    member_id     BIGINT  PRIMARY KEY,
    place_kind    TEXT    NOT NULL,
    place_id      BIGINT  NOT NULL,
    remind_time   TEXT    NOT NULL,
    zone_id       TEXT    NOT NULL,
    locale        TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    dm_channel_id BIGINT,
    active_since  BIGINT  NOT NULL,
    snoozes       INTEGER NOT NULL DEFAULT 0,
    snoozed_until BIGINT,
    idle_notice   BOOLEAN NOT NULL DEFAULT FALSE,
    revision      BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);

CREATE TABLE reminder_sends (
    member_id       BIGINT  NOT NULL,
    local_date      TEXT    NOT NULL,
    snooze          INTEGER NOT NULL,
    nonce           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    message_id      BIGINT,
    outcome         TEXT,
    PRIMARY KEY (member_id, local_date, snooze)
);

CREATE INDEX reminder_sends_date ON reminder_sends (local_date);
