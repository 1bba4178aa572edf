-- A member's quiz schedule, answers and reports belong to the book they were made in, so a place that switches books
-- and back finds each book's schedule again, and stats and leaderboards count the book read there. book_id is the
-- shelf's id of the book. Rows from before have '' until the first start after this migration gives each the book its
-- card came from (else the book its place reads), since only the running bot knows the books.
ALTER TABLE quiz_reviews ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_reviews DROP CONSTRAINT quiz_reviews_pkey;
ALTER TABLE quiz_reviews ADD PRIMARY KEY (scope_id, book_id, member_id, card_id);
DROP INDEX quiz_reviews_due;
CREATE INDEX quiz_reviews_due ON quiz_reviews (scope_id, book_id, member_id, due_at);

ALTER TABLE quiz_answers ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_answers DROP CONSTRAINT quiz_answers_pkey;
ALTER TABLE quiz_answers ADD PRIMARY KEY (scope_id, book_id, member_id, question_id);
DROP INDEX quiz_answers_time;
CREATE INDEX quiz_answers_time ON quiz_answers (scope_id, book_id, answered_at);

ALTER TABLE quiz_reports ADD COLUMN book_id TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_reports DROP CONSTRAINT quiz_reports_pkey;
ALTER TABLE quiz_reports ADD PRIMARY KEY (scope_id, book_id, card_id, member_id);

-- The rows the first start still has to give a book; empty once it did.
CREATE INDEX quiz_reviews_unassigned ON quiz_reviews (book_id);
CREATE INDEX quiz_answers_unassigned ON quiz_answers (book_id);
