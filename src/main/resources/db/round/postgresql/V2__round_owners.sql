-- The process running each round (process_id), and until when it holds the round without renewing it (owned_until, epoch
-- millis). Another process over the same store takes a round over only once the owner let go of it (both null) or
-- stopped renewing it, so two processes never both step one round. Rounds stored before this have neither: the first
-- process to look takes them over.
ALTER TABLE rounds ADD COLUMN process_id TEXT;
ALTER TABLE rounds ADD COLUMN owned_until BIGINT;
