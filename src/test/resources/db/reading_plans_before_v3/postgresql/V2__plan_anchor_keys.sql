-- A plan keeps its anchor section's stable key (SectionKey), so a reload that renumbers sections, even one made while
-- the bot was stopped, moves the anchor with its section. Plans from before keep '' and get their key when next read.
ALTER TABLE reading_plans ADD COLUMN anchor_key TEXT NOT NULL DEFAULT '';
