-- The keys that sign login cookies and antiforgery tokens, for installations whose web servers share one database
-- (docs/installatie-en-beheer.md#postgresql): a login on one server is then valid on the other. A SQLite installation has one
-- server and keeps these keys in a folder beside its database; the table is here so that both providers have the same
-- schema version.
CREATE TABLE data_protection_keys (
    name TEXT PRIMARY KEY,
    xml  TEXT NOT NULL
);
