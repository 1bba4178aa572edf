-- Review reminders: each member's setting (one reminder per member, for the place it was set in) and every
-- reminder DM, intent before sending and message after, so each is sent at most once per member, local day and snooze.
-- Ids and epoch milliseconds are INTEGER; flags are INTEGER 0/1.
CREATE TABLE reminders (
    member_id     INTEGER NOT NULL PRIMARY KEY,
    place_kind    TEXT    NOT NULL,
    place_id      INTEGER NOT NULL,
    remind_time   TEXT    NOT NULL,
    zone_id       TEXT    NOT NULL,
    locale        TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    dm_channel_id INTEGER,
    active_since  INTEGER NOT NULL,
    snoozes       INTEGER NOT NULL DEFAULT 0,
    snoozed_until INTEGER,
    idle_notice   INTEGER NOT NULL DEFAULT 0 CHECK (idle_notice IN (0, 1)),
    revision      INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);

CREATE TABLE reminder_sends (
    member_id       INTEGER NOT NULL,
    local_date      TEXT    NOT NULL,
    snooze          INTEGER NOT NULL,
    nonce           TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    message_id      INTEGER,
    outcome         TEXT,
    PRIMARY KEY (member_id, local_date, snooze)
);

CREATE INDEX reminder_sends_date ON reminder_sends (local_date);
