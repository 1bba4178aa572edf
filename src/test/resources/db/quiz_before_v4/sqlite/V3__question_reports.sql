-- Members' reports of bad quiz questions, one row per (scope, card, member): a second report by the same member is
-- the same row. scope_id: the server id, or 0 for direct messages and the console. The question is kept as it was
-- shown (section, prompt, choices one per line, right answer, fact), since the book may change before the operator
-- reads the export.
CREATE TABLE quiz_reports (
    scope_id    INTEGER NOT NULL,
    card_id     TEXT    NOT NULL,
    member_id   INTEGER NOT NULL,
    by_manager  INTEGER NOT NULL CHECK (by_manager IN (0, 1)),
    reported_at INTEGER NOT NULL,
    section     TEXT    NOT NULL,
    prompt      TEXT    NOT NULL,
    choices     TEXT    NOT NULL,
    answer      TEXT    NOT NULL,
    fact        TEXT    NOT NULL,
    PRIMARY KEY (scope_id, card_id, member_id)
);

-- The questions one member reported in a scope (hidden from them), without reading the scope's reports.
CREATE INDEX quiz_reports_member ON quiz_reports (scope_id, member_id);
