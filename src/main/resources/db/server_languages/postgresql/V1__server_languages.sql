-- The language a server's managers chose for its public messages (/language set). A server without a row uses its
-- preferred locale on Discord, else English. The console is server 0.
CREATE TABLE server_languages (
    server_id   BIGINT  NOT NULL PRIMARY KEY,
    language    TEXT    NOT NULL,
    chosen_at   BIGINT  NOT NULL
);
