-- Each member's spaced-review state per card, and every answer they gave (kept so stats can be recomputed).
-- scope_id: the server id, or the DM channel id for answers given in a DM. Card ids are derived from the book.
CREATE TABLE quiz_reviews (
    scope_id       BIGINT           NOT NULL,
    member_id      BIGINT           NOT NULL,
    card_id        TEXT             NOT NULL,
    phase          INTEGER          NOT NULL,
    step           INTEGER          NOT NULL,
    stability      DOUBLE PRECISION NOT NULL,
    difficulty     DOUBLE PRECISION NOT NULL,
    due_at         BIGINT           NOT NULL,
    last_review_at BIGINT           NOT NULL,
    PRIMARY KEY (scope_id, member_id, card_id)
);

CREATE INDEX quiz_reviews_due ON quiz_reviews (scope_id, member_id, due_at);

CREATE TABLE quiz_answers (
    scope_id    BIGINT  NOT NULL,
    member_id   BIGINT  NOT NULL,
    question_id TEXT    NOT NULL,
    card_id     TEXT    NOT NULL,
    correct     BOOLEAN NOT NULL,
    rating      INTEGER NOT NULL,
    answered_at BIGINT  NOT NULL,
    took_millis BIGINT,
    PRIMARY KEY (scope_id, member_id, question_id)
);

CREATE INDEX quiz_answers_time ON quiz_answers (scope_id, answered_at);
