-- A server keeps a plan per book it reads, so switching books and back resumes each book's plan. book_id is the
-- shelf's id of the book, or '' for the default book (config book.default), which every plan made before belongs to.
ALTER TABLE reading_plans ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE reading_plans DROP CONSTRAINT reading_plans_pkey;
ALTER TABLE reading_plans ADD PRIMARY KEY (server_id, book_id);
