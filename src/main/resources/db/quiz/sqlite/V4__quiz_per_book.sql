-- A member's quiz schedule, answers and reports belong to the book they were made in, so a place that switches books
-- and back finds each book's schedule again, and stats and leaderboards count the book read there. book_id is the
-- shelf's id of the book. Rows from before have '' until the first start after this migration gives each the book its
-- card came from (else the book its place reads), since only the running bot knows the books. SQLite can't change a
-- primary key in place, so the tables are rebuilt.
CREATE TABLE quiz_reviews_per_book (
    scope_id       INTEGER NOT NULL,
    book_id        TEXT    NOT NULL DEFAULT '',
    member_id      INTEGER NOT NULL,
    card_id        TEXT    NOT NULL,
    phase          INTEGER NOT NULL,
    step           INTEGER NOT NULL,
    stability      REAL    NOT NULL,
    difficulty     REAL    NOT NULL,
    due_at         INTEGER NOT NULL,
    last_review_at INTEGER NOT NULL,
    PRIMARY KEY (scope_id, book_id, member_id, card_id)
);
INSERT INTO quiz_reviews_per_book (scope_id, book_id, member_id, card_id, phase, step, stability, difficulty, due_at,
        last_review_at)
    SELECT scope_id, '', member_id, card_id, phase, step, stability, difficulty, due_at, last_review_at
    FROM quiz_reviews;
DROP TABLE quiz_reviews;
ALTER TABLE quiz_reviews_per_book RENAME TO quiz_reviews;
CREATE INDEX quiz_reviews_due ON quiz_reviews (scope_id, book_id, member_id, due_at);

CREATE TABLE quiz_answers_per_book (
    scope_id    INTEGER NOT NULL,
    book_id     TEXT    NOT NULL DEFAULT '',
    member_id   INTEGER NOT NULL,
    question_id TEXT    NOT NULL,
    card_id     TEXT    NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    rating      INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    took_millis INTEGER,
    PRIMARY KEY (scope_id, book_id, member_id, question_id)
);
INSERT INTO quiz_answers_per_book (scope_id, book_id, member_id, question_id, card_id, correct, rating, answered_at,
        took_millis)
    SELECT scope_id, '', member_id, question_id, card_id, correct, rating, answered_at, took_millis FROM quiz_answers;
DROP TABLE quiz_answers;
ALTER TABLE quiz_answers_per_book RENAME TO quiz_answers;
CREATE INDEX quiz_answers_time ON quiz_answers (scope_id, book_id, answered_at);
CREATE INDEX quiz_answers_question ON quiz_answers (scope_id, question_id);

CREATE TABLE quiz_reports_per_book (
    scope_id    INTEGER NOT NULL,
    book_id     TEXT    NOT NULL DEFAULT '',
    card_id     TEXT    NOT NULL,
    member_id   INTEGER NOT NULL,
    by_manager  INTEGER NOT NULL CHECK (by_manager IN (0, 1)),
    reported_at INTEGER NOT NULL,
    section     TEXT    NOT NULL,
    prompt      TEXT    NOT NULL,
    choices     TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    fact        TEXT    NOT NULL,
    PRIMARY KEY (scope_id, book_id, card_id, member_id)
);
INSERT INTO quiz_reports_per_book (scope_id, book_id, card_id, member_id, by_manager, reported_at, section, prompt,
        choices, answer, fact)
    SELECT scope_id, '', card_id, member_id, by_manager, reported_at, section, prompt, choices, answer, fact
    FROM quiz_reports;
DROP TABLE quiz_reports;
ALTER TABLE quiz_reports_per_book RENAME TO quiz_reports;
CREATE INDEX quiz_reports_member ON quiz_reports (scope_id, member_id);

-- The rows the first start still has to give a book; empty once it did.
CREATE INDEX quiz_reviews_unassigned ON quiz_reviews (book_id);
CREATE INDEX quiz_answers_unassigned ON quiz_answers (book_id);
