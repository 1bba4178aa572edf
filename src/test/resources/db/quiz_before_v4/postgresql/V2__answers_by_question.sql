-- How many members answered one question message ("3 answered" on the question), without reading the scope's answers.
CREATE INDEX quiz_answers_question ON quiz_answers (scope_id, question_id);
