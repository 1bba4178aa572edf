-- Group quiz rounds in a channel, one row per round, and each member's first answer to each of its questions.
-- A round is known by its channel and the moment it started (epoch millis); it steps through its phases
-- (waiting: the next question is due at next_at; open: the question is answered until deadline_at and revealed at
-- next_at; finishing: the scoreboard is due; ended), each step a row update, so a restart carries on from the row.
CREATE TABLE rounds (
    channel_id  BIGINT  NOT NULL,
    started_at  BIGINT  NOT NULL,
    server_id   BIGINT  NOT NULL,
    starter_id  BIGINT  NOT NULL,
    card_ids    TEXT    NOT NULL,
    seconds     INTEGER NOT NULL,
    source      TEXT    NOT NULL,
    question    INTEGER NOT NULL,
    phase       TEXT    NOT NULL,
    message_id  BIGINT,
    asked_at    BIGINT,
    deadline_at BIGINT,
    next_at     BIGINT  NOT NULL,
    silent      INTEGER NOT NULL,
    stopped_by  BIGINT,
    end_reason  TEXT,
    ended_at    BIGINT,
    PRIMARY KEY (channel_id, started_at)
);

CREATE INDEX rounds_phase ON rounds (phase, server_id);

-- One round at a time per channel, also between two processes starting one at once.
CREATE UNIQUE INDEX rounds_one_per_channel ON rounds (channel_id) WHERE phase <> 'ended';

CREATE TABLE round_answers (
    channel_id  BIGINT  NOT NULL,
    started_at  BIGINT  NOT NULL,
    question    INTEGER NOT NULL,
    member_id   BIGINT  NOT NULL,
    choice      INTEGER NOT NULL,
    correct     BOOLEAN NOT NULL,
    took_millis BIGINT  NOT NULL,
    answered_at BIGINT  NOT NULL,
    PRIMARY KEY (channel_id, started_at, question, member_id)
);

-- Who may start rounds in a server, and where: by default anyone, in any channel. channel_ids: the channels rounds
-- are limited to, joined by commas, or empty for any channel.
CREATE TABLE round_settings (
    server_id     BIGINT  NOT NULL PRIMARY KEY,
    managers_only BOOLEAN NOT NULL,
    channel_ids   TEXT    NOT NULL
);
