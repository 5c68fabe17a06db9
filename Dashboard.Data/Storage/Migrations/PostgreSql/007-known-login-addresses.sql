-- PostgreSQL: the same schema as Migrations/Sqlite/007-known-login-addresses.sql (docs/installatie-en-beheer.md#postgresql), in its types:
-- BIGINT for integers, DOUBLE PRECISION for reals, identity columns for ids; dates stay ISO text.

-- The client addresses a user logged in from with the right password, per user name as the login throttle keys it
-- (trimmed, lower case). Such an address is not held by the wait that guesses from many addresses put on the name,
-- only by its own, so guessing cannot keep the owner out from where they usually log in. An address is forgotten
-- 30 days after its last login; a name that no user has never gets here.
CREATE TABLE known_login_addresses (
    user_name     TEXT NOT NULL,
    address       TEXT NOT NULL,
    last_login_at TEXT NOT NULL,
    PRIMARY KEY (user_name, address)
);
CREATE INDEX known_login_addresses_by_last_login ON known_login_addresses (last_login_at);
