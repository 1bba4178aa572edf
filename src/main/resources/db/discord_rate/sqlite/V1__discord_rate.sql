-- The bot's request budget shared by all of its processes: the earliest instant (microseconds since the epoch) the
-- next request may go out, in a schedule every process reserves slots from (see SharedPostingRate).
CREATE TABLE discord_rate (
    name         TEXT    PRIMARY KEY,
    next_free_at INTEGER NOT NULL
);

INSERT INTO discord_rate (name, next_free_at) VALUES ('global', 0);
