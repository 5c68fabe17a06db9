-- Share links (docs/weergave-en-export.md#delen-via-een-link): one file — a factsheet today, a funder report later — as it
-- was made, for someone without an account, behind a random token of which only the SHA-256 is stored (token_hash; its
-- first 8 bytes in hex as lookup, so the row is found without the secret and the whole hash compared in constant time).
-- The file's bytes live here, so any web server serves them and a backup holds them; content becomes NULL once the link
-- expires or is revoked, and the row stays for the audit history. Times are UTC ISO text, which sorts as it compares.
-- share_link_organisations: whose figures the file shows, for who may list and revoke it. share_link_stories: the stories
-- a file contains, so withdrawing a story's consent revokes its links; story_id is a plain number, stories live elsewhere.
CREATE TABLE share_links (
    id             INTEGER PRIMARY KEY,
    lookup         TEXT NOT NULL,
    token_hash     BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    file_name      TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    language       TEXT NOT NULL,
    content        BLOB,
    size_bytes     INTEGER NOT NULL,
    shared_by      TEXT NOT NULL,
    shared_by_name TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    expires_at     TEXT NOT NULL,
    revoked_at     TEXT,
    revoked_by     TEXT,
    downloads      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX share_links_by_lookup ON share_links (lookup);

CREATE TABLE share_link_organisations (
    share_link_id   INTEGER NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (share_link_id, organisation_id)
);

CREATE TABLE share_link_stories (
    share_link_id INTEGER NOT NULL REFERENCES share_links (id) ON DELETE CASCADE,
    story_id      INTEGER NOT NULL,
    PRIMARY KEY (share_link_id, story_id)
);
CREATE INDEX share_link_stories_by_story ON share_link_stories (story_id);
