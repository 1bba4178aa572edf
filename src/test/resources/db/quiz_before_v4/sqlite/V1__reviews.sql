-- Each member's spaced-review state per card, and every answer they gave (kept so stats can be recomputed).
-- scope_id: the server id, or the DM channel id for answers given in a DM. Card ids are derived from the book.
CREATE TABLE quiz_reviews (
    scope_id       INTEGER NOT NULL,
    member_id      INTEGER NOT NULL,
    card_id        TEXT    NOT NULL,
    phase          INTEGER NOT NULL,
    step           INTEGER NOT NULL,
    stability      REAL    NOT NULL,
    difficulty     REAL    NOT NULL,
    due_at         INTEGER NOT NULL,
    last_review_at INTEGER NOT NULL,
    PRIMARY KEY (scope_id, member_id, card_id)
);

CREATE INDEX quiz_reviews_due ON quiz_reviews (scope_id, member_id, due_at);

CREATE TABLE quiz_answers (
    scope_id    INTEGER NOT NULL,
    member_id   INTEGER NOT NULL,
    question_id TEXT    NOT NULL,
    card_id     TEXT    NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    rating      INTEGER NOT NULL,
    answered_at INTEGER NOT NULL,
    took_millis INTEGER,
    PRIMARY KEY (scope_id, member_id, question_id)
);

CREATE INDEX quiz_answers_time ON quiz_answers (scope_id, answered_at);
