-- Users who log in (docs/privacy-en-toegang.md#inloggen-en-sessies) and the audit log of what they did.

-- A user's scope is either every organisation (all_organisations = 1) or the organisations listed in
-- user_organisations. The security stamp changes with every change to the user, so a signed-in session
-- that carries an old stamp is no longer valid. Demo accounts (is_demo = 1) have no usable password.
CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    user_name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('beheerder', 'directie', 'bestuur', 'communicatie')),
    all_organisations    INTEGER NOT NULL DEFAULT 0,
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    disabled             INTEGER NOT NULL DEFAULT 0,
    is_demo              INTEGER NOT NULL DEFAULT 0,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    security_stamp       TEXT NOT NULL,
    created_at           TEXT NOT NULL
);

CREATE TABLE user_organisations (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organisation_id)
);

-- Append only: the triggers refuse any change or deletion, from the app or anything else that uses this file.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    outcome   TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewijzigd.');
END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'Het auditlog kan niet worden gewist.');
END;
