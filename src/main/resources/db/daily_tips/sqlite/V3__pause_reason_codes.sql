-- A pause keeps a reason code and the channel it concerns instead of a message with Discord's <#id> markup in it, so
-- each transport words it itself. Messages kept before V3 are sorted by the wording studybot used for each cause;
-- their channel is the <#id> they name, else the server's tip channel.
ALTER TABLE daily_tip_settings ADD COLUMN paused_code TEXT;
ALTER TABLE daily_tip_settings ADD COLUMN paused_channel_id INTEGER;

UPDATE daily_tip_settings SET
    paused_code = CASE
        WHEN paused_reason LIKE '%was deleted or studybot can no longer see it%' THEN 'CHANNEL_GONE'
        WHEN paused_reason LIKE '%Missing Access%' THEN 'NO_ACCESS'
        WHEN paused_reason LIKE 'studybot needs %' OR paused_reason LIKE '%Missing Permissions%'
            THEN 'MISSING_PERMISSIONS'
        ELSE 'CANNOT_POST'
    END,
    paused_channel_id = CASE
        WHEN instr(paused_reason, '<#') > 0
            AND instr(substr(paused_reason, instr(paused_reason, '<#') + 2), '>') > 1
        THEN CAST(substr(
            paused_reason,
            instr(paused_reason, '<#') + 2,
            instr(substr(paused_reason, instr(paused_reason, '<#') + 2), '>') - 1) AS INTEGER)
        ELSE channel_id
    END
WHERE paused_reason IS NOT NULL;

ALTER TABLE daily_tip_settings DROP COLUMN paused_reason;
