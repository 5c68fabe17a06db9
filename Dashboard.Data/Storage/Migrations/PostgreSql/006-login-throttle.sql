-- PostgreSQL: the same schema as Migrations/Sqlite/006-login-throttle.sql (docs/installatie-en-beheer.md#postgresql), in its types:
-- BIGINT for integers, DOUBLE PRECISION for reals, identity columns for ids; dates stay ISO text.

-- Login attempts that did not succeed, per user name as typed (trimmed, lower case, whether or not such a user
-- exists) and client address; address '*' counts every address together, the ceiling per account. The wait before
-- the next attempt grows with the count. It replaces the lock that anyone could put on a known account.
CREATE TABLE login_throttle (
    user_name       TEXT NOT NULL,
    address         TEXT NOT NULL,
    failures        BIGINT NOT NULL,
    last_attempt_at TEXT NOT NULL,
    PRIMARY KEY (user_name, address)
);
CREATE INDEX login_throttle_by_last_attempt ON login_throttle (last_attempt_at);

ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
