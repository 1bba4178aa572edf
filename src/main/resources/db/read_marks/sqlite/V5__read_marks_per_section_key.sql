-- A mark whose section left the book stays stored under the number it had, with its section's key, until the section
-- comes back. The section key joins the primary key so that another section moving onto that number can be marked
-- there too: before, the moved mark was dropped on the hidden mark's row. SQLite can't change a primary key in place,
-- so the table is rebuilt.
CREATE TABLE read_marks_per_section_key (
    place_kind  TEXT    NOT NULL,
    place_id    INTEGER NOT NULL,
    book_id     TEXT    NOT NULL DEFAULT '',
    member_id   INTEGER NOT NULL,
    chapter     INTEGER NOT NULL,
    section     INTEGER NOT NULL,
    subsection  TEXT    NOT NULL DEFAULT '',
    marked_at   INTEGER NOT NULL,
    section_key TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (place_kind, place_id, book_id, member_id, chapter, section, subsection, section_key)
);
INSERT INTO read_marks_per_section_key
        (place_kind, place_id, book_id, member_id, chapter, section, subsection, marked_at, section_key)
    SELECT place_kind, place_id, book_id, member_id, chapter, section, subsection, marked_at, section_key
    FROM read_marks;
DROP TABLE read_marks;
ALTER TABLE read_marks_per_section_key RENAME TO read_marks;
