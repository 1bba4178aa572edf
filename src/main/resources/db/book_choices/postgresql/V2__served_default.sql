-- The default book places without a choice were last served, so that when the default changes (book.default edited,
-- or a book added that sorts first) the places with data on the old one keep reading it: each is given a choice of it
-- in book_choices. One row at most.
CREATE TABLE served_default (
    only_row   INTEGER NOT NULL PRIMARY KEY CHECK (only_row = 1),
    book_id    TEXT    NOT NULL,
    served_at  BIGINT  NOT NULL
);
