-- The money that went into a practice per year and funder, from `investeringen` files (docs/importbestanden.md#investeringen).
-- One row per practice, year and funder: importing the same again updates the amount and description. Amounts are
-- whole cents, exact. Investments carry no participant, so erasure never touches them.
CREATE TABLE investments (
    id           INTEGER PRIMARY KEY,
    practice_id  INTEGER NOT NULL REFERENCES practices (id),
    year         INTEGER NOT NULL,
    funder       TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    description  TEXT NOT NULL DEFAULT '',
    batch_id     INTEGER NOT NULL REFERENCES import_batches (id),
    UNIQUE (practice_id, year, funder)
);
