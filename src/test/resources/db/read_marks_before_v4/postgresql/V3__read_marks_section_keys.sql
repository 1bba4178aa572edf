-- A read mark keeps its section's stable key (SectionKey: title-path hash "." opening-words hash), so a reload that
-- renumbers sections moves the mark with its section. Marks from before keep '' and get their key the next time the
-- member's marks are read, from the section that has their number then.
ALTER TABLE read_marks ADD COLUMN section_key TEXT NOT NULL DEFAULT '';
