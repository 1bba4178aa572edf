-- /tip's rotation per channel (or DM; channel 0 is the console): one row per tip shown there, with the round it was
-- last shown in. A tip with no row, or from an older round than the channel's newest, is still to come this round;
-- seq orders the shows, so a new round never opens with the tip that closed the last one. tip_id is the tip's
-- stable id (16 hex digits of its text's SHA-256); rows of tips that left the book are ignored.
CREATE TABLE channel_tip_rotation (
    channel_id    BIGINT NOT NULL,
    tip_id        TEXT NOT NULL,
    round_number  BIGINT NOT NULL,
    seq           BIGINT NOT NULL,
    PRIMARY KEY (channel_id, tip_id)
);
