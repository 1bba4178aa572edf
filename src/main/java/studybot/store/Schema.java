package studybot.store;

import java.util.List;

/**
 * The history of studybot's database schema, oldest first. Pass {@link #MIGRATIONS} to {@link Database#open}. A
 * feature that needs new tables or columns appends a step here; published steps are never edited.
 */
public final class Schema {

    /** Every migration step, versions 1, 2, 3, ... */
    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "daily tips: server settings, posts, rotation", List.of(
                    """
                    CREATE TABLE daily_tip_settings (
                        server_id     INTEGER PRIMARY KEY,
                        channel_id    INTEGER NOT NULL,
                        post_time     TEXT    NOT NULL,
                        zone_id       TEXT    NOT NULL,
                        enabled       INTEGER NOT NULL CHECK (enabled IN (0, 1)),
                        revision      INTEGER NOT NULL,
                        updated_at    INTEGER NOT NULL,
                        paused_reason TEXT,
                        paused_at     INTEGER
                    )""",
                    """
                    CREATE TABLE daily_tip_posts (
                        server_id       INTEGER NOT NULL,
                        local_date      TEXT    NOT NULL,
                        nonce           TEXT    NOT NULL,
                        tip_id          TEXT    NOT NULL,
                        tip_text        TEXT    NOT NULL,
                        section         TEXT    NOT NULL,
                        intended_at     INTEGER NOT NULL,
                        attempts        INTEGER NOT NULL DEFAULT 0,
                        next_attempt_at INTEGER NOT NULL,
                        last_error      TEXT,
                        channel_id      INTEGER,
                        message_id      INTEGER,
                        sent_at         INTEGER,
                        missed          INTEGER NOT NULL DEFAULT 0 CHECK (missed IN (0, 1)),
                        PRIMARY KEY (server_id, local_date)
                    )""",
                    """
                    CREATE TABLE daily_tip_rotation (
                        server_id   INTEGER PRIMARY KEY,
                        cycle       INTEGER NOT NULL,
                        last_tip_id TEXT
                    )""",
                    """
                    CREATE TABLE daily_tip_rotation_shown (
                        server_id INTEGER NOT NULL,
                        tip_id    TEXT    NOT NULL,
                        PRIMARY KEY (server_id, tip_id)
                    )""")),
            new Migration(2, "several processes: the bot's shared Discord rate, a heartbeat per process", List.of(
                    """
                    CREATE TABLE discord_rate (
                        name         TEXT   PRIMARY KEY,
                        next_free_at BIGINT NOT NULL
                    )""",
                    "INSERT INTO discord_rate (name, next_free_at) VALUES ('global', 0)",
                    """
                    CREATE TABLE bot_processes (
                        process_id  TEXT    PRIMARY KEY,
                        shard_total INTEGER NOT NULL,
                        shard_from  INTEGER NOT NULL,
                        shard_to    INTEGER NOT NULL,
                        servers     INTEGER NOT NULL,
                        started_at  BIGINT  NOT NULL,
                        seen_at     BIGINT  NOT NULL
                    )""")));

    private Schema() {
    }
}
