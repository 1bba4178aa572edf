-- A mark whose section left the book stays stored under the number it had, with its section's key, until the section
-- comes back. The section key joins the primary key so that another section moving onto that number can be marked
-- there too: before, the moved mark was dropped on the hidden mark's row.
ALTER TABLE read_marks DROP CONSTRAINT read_marks_pkey;
ALTER TABLE read_marks ADD PRIMARY KEY
    (place_kind, place_id, book_id, member_id, chapter, section, subsection, section_key);
