-- PostgreSQL: the same schema as Migrations/Sqlite/005-sessions.sql (docs/installatie-en-beheer.md#postgresql), in its types:
-- BIGINT for integers, DOUBLE PRECISION for reals, identity columns for ids; dates stay ISO text.

-- A login's session on the server. The login cookie carries a random session id; only its SHA-256 is stored, so
-- neither this file nor a backup of it holds anything a cookie could be made from. A request whose cookie names no
-- row here is not signed in: logging out, a password change, disabling a user, a change of their role or scope and
-- "overal afmelden" delete the rows, and a session idle for longer than the cookie lasts has expired.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);

-- The sessions above end a login; the stamp that did so before goes.
ALTER TABLE users DROP COLUMN security_stamp;
