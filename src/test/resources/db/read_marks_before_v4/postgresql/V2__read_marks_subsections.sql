-- Sub-sections (20.4.1) get read marks of their own: subsection holds the number's parts after the section, dotted
-- ('1' for 20.4.1, '1.2' for 20.4.1.2), and '' for a chapter's section such as 20.4. Existing marks keep ''.
ALTER TABLE read_marks ADD COLUMN subsection TEXT NOT NULL DEFAULT '';
ALTER TABLE read_marks DROP CONSTRAINT read_marks_pkey;
ALTER TABLE read_marks ADD PRIMARY KEY (place_kind, place_id, member_id, chapter, section, subsection);
