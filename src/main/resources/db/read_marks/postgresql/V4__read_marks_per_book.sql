-- A member's read marks belong to the book they were made in, so a place that switches books and back finds each
-- book's marks again. book_id is the shelf's id of the book, or '' for the default book (config book.default), which
-- every mark made before belongs to.
ALTER TABLE read_marks ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE read_marks DROP CONSTRAINT read_marks_pkey;
ALTER TABLE read_marks ADD PRIMARY KEY (place_kind, place_id, book_id, member_id, chapter, section, subsection);
