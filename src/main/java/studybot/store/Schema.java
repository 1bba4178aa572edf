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
            new Migration(2, "reading plans and members' read marks", List.of(
                    """
                    CREATE TABLE reading_plans (
                        server_id      BIGINT  PRIMARY KEY,
                        start_section  TEXT    NOT NULL,
                        pace_kind      TEXT    NOT NULL,
                        pace_sections  INTEGER NOT NULL,
                        pace_days      TEXT    NOT NULL,
                        set_on         TEXT    NOT NULL,
                        anchor_section TEXT    NOT NULL,
                        reading_offset BIGINT  NOT NULL,
                        count_from     TEXT    NOT NULL,
                        state          TEXT    NOT NULL,
                        updated_at     BIGINT  NOT NULL
                    )""",
                    """
                    CREATE TABLE read_marks (
                        place_kind TEXT    NOT NULL,
                        place_id   BIGINT  NOT NULL,
                        member_id  BIGINT  NOT NULL,
                        chapter    INTEGER NOT NULL,
                        section    INTEGER NOT NULL,
                        marked_at  BIGINT  NOT NULL,
                        PRIMARY KEY (place_kind, place_id, member_id, chapter, section)
                    )""")));

    private Schema() {
    }
}
