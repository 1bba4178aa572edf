-- Members who agreed to be named in their server's group views (quiz leaderboard, /progress group).
-- A member with no row is not sharing. server_id 0 is the console / direct messages.
CREATE TABLE share_opt_ins (
    server_id  BIGINT NOT NULL,
    member_id  BIGINT NOT NULL,
    since      BIGINT NOT NULL,
    PRIMARY KEY (server_id, member_id)
);
