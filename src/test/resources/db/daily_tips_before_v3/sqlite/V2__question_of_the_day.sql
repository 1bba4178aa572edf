-- The question of the day a post carries: the quiz card chosen with the post's intent, so every (re)send of the
-- post asks the same question. NULL for posts without one (a book without questions, posts from before V2).
ALTER TABLE daily_tip_posts ADD COLUMN question_id TEXT;
