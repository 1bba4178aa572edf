-- Sub-sections (20.4.1) get read marks of their own: subsection holds the number's parts after the section, dotted
-- ('1' for 20.4.1, '1.2' for 20.4.1.2), and '' for a chapter's section such as 20.4. SQLite can't change a primary
-- key in place, so the table is rebuilt; every existing mark is a section's and keeps subsection ''.
CREATE TABLE read_marks_with_subsections (
    place_kind TEXT    NOT NULL,
    place_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    chapter    INTEGER NOT NULL,
    section    INTEGER NOT NULL,
    subsection TEXT    NOT NULL DEFAULT '',
    marked_at  INTEGER NOT NULL,
    PRIMARY KEY (place_kind, place_id, member_id, chapter, section, subsection)
);
INSERT INTO read_marks_with_subsections (place_kind, place_id, member_id, chapter, section, subsection, marked_at)
    SELECT place_kind, place_id, member_id, chapter, section, '', marked_at FROM read_marks;
DROP TABLE read_marks;
ALTER TABLE read_marks_with_subsections RENAME TO read_marks;
