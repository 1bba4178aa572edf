-- Reading plans: one per server, stored as a position (anchor section, reading offset, date counting starts)
-- that is resolved against the book as it is when asked. Dates are ISO text; sections are "20.4" text.
CREATE TABLE reading_plans (
    server_id      INTEGER PRIMARY KEY,
    start_section  TEXT    NOT NULL,
    pace_kind      TEXT    NOT NULL,
    pace_sections  INTEGER NOT NULL,
    pace_days      TEXT    NOT NULL,
    set_on         TEXT    NOT NULL,
    anchor_section TEXT    NOT NULL,
    reading_offset INTEGER NOT NULL,
    count_from     TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    updated_at     INTEGER NOT NULL
);
