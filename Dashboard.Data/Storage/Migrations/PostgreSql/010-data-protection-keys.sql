-- PostgreSQL: the same schema as Migrations/Sqlite/010-data-protection-keys.sql. The keys that sign login cookies and
-- antiforgery tokens, shared by every web server of the installation (docs/installatie-en-beheer.md#postgresql).
CREATE TABLE data_protection_keys (
    name TEXT PRIMARY KEY,
    xml  TEXT NOT NULL
);
