-- The discussion thread a digest opened on its own message (issue 21), recorded with the message it belongs to. NULL
-- for posts without one: a plain tip, or a digest where studybot may not open threads.
ALTER TABLE daily_tip_posts ADD COLUMN thread_id INTEGER;
