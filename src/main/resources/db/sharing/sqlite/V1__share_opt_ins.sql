-- Members who agreed to be named in their server's group views (quiz leaderboard, /progress group).
-- A member with no row is not sharing. server_id 0 is the console / direct messages.
CREATE TABLE share_opt_ins (
    server_id  INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    since      INTEGER NOT NULL,
    PRIMARY KEY (server_id, member_id)
);
