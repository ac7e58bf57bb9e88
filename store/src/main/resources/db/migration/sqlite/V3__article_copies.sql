-- Near-duplicates (the same press release from another wire, a light rewrite): kept as copies of the
-- article they repeat, not as articles of their own. No foreign key: a copy may arrive before its original.
CREATE TABLE article_copies (
    article_id TEXT NOT NULL,
    copy_id    TEXT NOT NULL,
    url        TEXT NOT NULL,
    source     TEXT NOT NULL,
    title      TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY (article_id, copy_id)
);
