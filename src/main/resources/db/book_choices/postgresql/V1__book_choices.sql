-- The book each place reads: a server's choice (member_id 0), or a member's own in direct messages (server_id 0).
-- A place with no row reads the default book (book.default). The console is server 0, member 0.
CREATE TABLE book_choices (
    server_id  BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    book_id    TEXT    NOT NULL,
    chosen_at  BIGINT  NOT NULL,
    PRIMARY KEY (server_id, member_id)
);
