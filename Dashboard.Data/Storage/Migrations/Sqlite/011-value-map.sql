-- The value map of social value (docs/maatschappelijke-waarde.md): one row per valued outcome, in map order, with its
-- financial proxy and deductions, and beside it the discount rate and whether an administrator confirmed the map. Until
-- the map is first saved the installation uses the example map of the code (SocialValue/ExampleValueMap.cs). Decimals are
-- kept as their invariant text, exact on both providers. The version rises with every save, so that a save based on an
-- older version (another administrator saved meanwhile) is refused instead of overwriting it.
CREATE TABLE value_map_rows (
    position         INTEGER NOT NULL PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    outcome          TEXT NOT NULL,
    stakeholder      TEXT NOT NULL,
    indicator        TEXT NOT NULL,
    proxy_eur        TEXT NOT NULL,
    proxy_source     TEXT NOT NULL,
    deadweight_pct   TEXT NOT NULL,
    displacement_pct TEXT NOT NULL,
    attribution_pct  TEXT NOT NULL,
    drop_off_pct     TEXT NOT NULL,
    duration_years   INTEGER NOT NULL,
    kinds            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE value_map_settings (
    id                   INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    discount_rate_pct    TEXT NOT NULL,
    discount_rate_source TEXT NOT NULL,
    confirmed_at         TEXT,
    confirmed_by         TEXT,
    version              INTEGER NOT NULL DEFAULT 0
);
