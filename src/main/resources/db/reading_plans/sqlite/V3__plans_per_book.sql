-- A server keeps a plan per book it reads, so switching books and back resumes each book's plan. book_id is the
-- shelf's id of the book, or '' for the default book (config book.default), which every plan made before belongs to.
-- SQLite can't change a primary key in place, so the table is rebuilt.
CREATE TABLE reading_plans_per_book (
    server_id      INTEGER NOT NULL,
    book_id        TEXT    NOT NULL DEFAULT '',
    start_section  TEXT    NOT NULL,
    pace_kind      TEXT    NOT NULL,
    pace_sections  INTEGER NOT NULL,
    pace_days      TEXT    NOT NULL,
    set_on         TEXT    NOT NULL,
    anchor_section TEXT    NOT NULL,
    reading_offset INTEGER NOT NULL,
    count_from     TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    updated_at     INTEGER NOT NULL,
    anchor_key     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (server_id, book_id)
);
INSERT INTO reading_plans_per_book (server_id, book_id, start_section, pace_kind, pace_sections, pace_days, set_on,
        anchor_section, reading_offset, count_from, state, updated_at, anchor_key)
    SELECT server_id, '', start_section, pace_kind, pace_sections, pace_days, set_on, anchor_section, reading_offset,
        count_from, state, updated_at, anchor_key FROM reading_plans;
DROP TABLE reading_plans;
ALTER TABLE reading_plans_per_book RENAME TO reading_plans;
