-- Discussion threads (issue 21): the thread of each section per server, whether a digest or /discuss opened it
-- (only /discuss's count towards the daily limit), and who may open them with /discuss.
CREATE TABLE discussion_threads (
    server_id  INTEGER NOT NULL,
    section    TEXT    NOT NULL,
    channel_id INTEGER NOT NULL,
    thread_id  INTEGER NOT NULL,
    opened_at  INTEGER NOT NULL,
    on_demand  BOOLEAN NOT NULL,
    PRIMARY KEY (server_id, section)
);

CREATE TABLE discussion_settings (
    server_id     INTEGER PRIMARY KEY,
    managers_only BOOLEAN NOT NULL
);
