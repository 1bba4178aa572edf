-- A member's read marks belong to the book they were made in, so a place that switches books and back finds each
-- book's marks again. book_id is the shelf's id of the book, or '' for the default book (config book.default), which
-- every mark made before belongs to. SQLite can't change a primary key in place, so the table is rebuilt.
CREATE TABLE read_marks_per_book (
    place_kind  TEXT    NOT NULL,
    place_id    INTEGER NOT NULL,
    book_id     TEXT    NOT NULL DEFAULT '',
    member_id   INTEGER NOT NULL,
    chapter     INTEGER NOT NULL,
    section     INTEGER NOT NULL,
    subsection  TEXT    NOT NULL DEFAULT '',
    marked_at   INTEGER NOT NULL,
    section_key TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (place_kind, place_id, book_id, member_id, chapter, section, subsection)
);
INSERT INTO read_marks_per_book
        (place_kind, place_id, book_id, member_id, chapter, section, subsection, marked_at, section_key)
    SELECT place_kind, place_id, '', member_id, chapter, section, subsection, marked_at, section_key FROM read_marks;
DROP TABLE read_marks;
ALTER TABLE read_marks_per_book RENAME TO read_marks;
