-- Group quiz rounds in a channel, one row per round, and each member's first answer to each of its questions.
-- A round is known by its channel and the moment it started (epoch millis); it steps through its phases
-- (waiting: the next question is due at next_at; open: the question is answered until deadline_at and revealed at
-- next_at; finishing: the scoreboard is due; ended), each step a row update, so a restart carries on from the row.
CREATE TABLE rounds (
    channel_id  INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    server_id   INTEGER NOT NULL,
    starter_id  INTEGER NOT NULL,
    card_ids    TEXT    NOT NULL,
    seconds     INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    question    INTEGER NOT NULL,
    phase       TEXT    NOT NULL,
    message_id  INTEGER,
    asked_at    INTEGER,
    deadline_at INTEGER,
    next_at     INTEGER NOT NULL,
    silent      INTEGER NOT NULL,
    stopped_by  INTEGER,
    end_reason  TEXT,
    ended_at    INTEGER,
    PRIMARY KEY (channel_id, started_at)
);

CREATE INDEX rounds_phase ON rounds (phase, server_id);

-- One round at a time per channel, also between two processes starting one at once.
CREATE UNIQUE INDEX rounds_one_per_channel ON rounds (channel_id) WHERE phase <> 'ended';

CREATE TABLE round_answers (
    channel_id  INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    question    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    choice      INTEGER NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    took_millis INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (channel_id, started_at, question, member_id)
);

-- Who may start rounds in a server, and where: by default anyone, in any channel. channel_ids: the channels rounds
-- are limited to, joined by commas, or empty for any channel.
CREATE TABLE round_settings (
    server_id     INTEGER NOT NULL PRIMARY KEY,
    managers_only INTEGER NOT NULL CHECK (managers_only IN (0, 1)),
    channel_ids   TEXT    NOT NULL
);
