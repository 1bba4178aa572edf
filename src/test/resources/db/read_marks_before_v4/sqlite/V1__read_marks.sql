-- Members' read marks per (place, member, section). place_kind is SERVER (place_id = the server) or DIRECT
-- (direct messages, place_id = 0). marked_at is epoch millis of the first mark; marking again changes nothing.
CREATE TABLE read_marks (
    place_kind TEXT    NOT NULL,
    place_id   INTEGER NOT NULL,
    member_id  INTEGER NOT NULL,
    chapter    INTEGER NOT NULL,
    section    INTEGER NOT NULL,
    marked_at  INTEGER NOT NULL,
    PRIMARY KEY (place_kind, place_id, member_id, chapter, section)
);
