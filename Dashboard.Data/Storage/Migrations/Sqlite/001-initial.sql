-- The product's first schema. Dates are ISO text (yyyy-mm-dd), money integer cents, weights integer
-- grams: exact, sortable and portable to PostgreSQL.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organisations (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    is_demo INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stores (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    city            TEXT,
    floor_area_m2   REAL
);

CREATE TABLE practices (
    id       INTEGER PRIMARY KEY,
    store_id INTEGER NOT NULL REFERENCES stores (id),
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    UNIQUE (store_id, code)
);

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    replace     INTEGER NOT NULL,
    row_count   INTEGER NOT NULL DEFAULT 0,
    summary     TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT,
    undone_at   TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_batches_by_hash ON import_batches (sha256);

-- Participants appear only as a keyed hash of (organisation, own code): see ParticipantKey.
CREATE TABLE trajectories (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    participant     TEXT NOT NULL,
    practice_id     INTEGER NOT NULL REFERENCES practices (id),
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    target_group    TEXT NOT NULL,
    age_group       TEXT,
    scheme          TEXT,
    trajectory_type TEXT NOT NULL,
    hours_per_week  REAL NOT NULL,
    outcome         TEXT,
    ladder_start    INTEGER,
    ladder_end      INTEGER,
    batch_id        INTEGER NOT NULL REFERENCES import_batches (id),
    UNIQUE (organisation_id, participant, practice_id, start_date)
);
CREATE INDEX trajectories_by_practice ON trajectories (practice_id);

CREATE TABLE certificates (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    participant     TEXT NOT NULL,
    practice_id     INTEGER NOT NULL REFERENCES practices (id),
    certificate_date TEXT NOT NULL,
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    batch_id        INTEGER NOT NULL REFERENCES import_batches (id),
    UNIQUE (organisation_id, participant, certificate_date, kind, name)
);
CREATE INDEX certificates_by_practice ON certificates (practice_id);

CREATE TABLE sales (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES import_batches (id),
    practice_id  INTEGER NOT NULL REFERENCES practices (id),
    sale_date    TEXT NOT NULL,
    category     TEXT NOT NULL,
    revenue_cents INTEGER NOT NULL,
    items        INTEGER,
    weight_g     INTEGER,
    transactions INTEGER
);
CREATE INDEX sales_by_practice_date ON sales (practice_id, sale_date);

-- Rows a replacing sales import deleted, kept with that batch so that undoing it brings them back.
CREATE TABLE replaced_sales (
    id                   INTEGER PRIMARY KEY,
    replaced_by_batch_id INTEGER NOT NULL REFERENCES import_batches (id),
    batch_id             INTEGER NOT NULL REFERENCES import_batches (id),
    practice_id          INTEGER NOT NULL REFERENCES practices (id),
    sale_date            TEXT NOT NULL,
    category             TEXT NOT NULL,
    revenue_cents        INTEGER NOT NULL,
    items                INTEGER,
    weight_g             INTEGER,
    transactions         INTEGER
);
CREATE INDEX replaced_sales_by_batch ON replaced_sales (replaced_by_batch_id);

-- Per sales batch and practice: the first and last date of the batch's rows (the overlap rules of docs/importbestanden.md#verkopen).
CREATE TABLE sales_batch_ranges (
    batch_id    INTEGER NOT NULL REFERENCES import_batches (id),
    practice_id INTEGER NOT NULL REFERENCES practices (id),
    first_date  TEXT NOT NULL,
    last_date   TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    PRIMARY KEY (batch_id, practice_id)
);

-- Sales totals per practice, month and category, kept exact inside every import's transaction. They hold
-- the raw sums, not settings-dependent figures, so a changed CO2 factor or average weight needs no rebuild.
CREATE TABLE sales_monthly (
    practice_id             INTEGER NOT NULL REFERENCES practices (id),
    month                   TEXT NOT NULL,
    category                TEXT NOT NULL,
    revenue_cents           INTEGER NOT NULL,
    items                   INTEGER NOT NULL,
    weight_g                INTEGER NOT NULL,
    items_without_weight    INTEGER NOT NULL,
    revenue_cents_with_transactions INTEGER NOT NULL,
    transactions            INTEGER NOT NULL,
    row_count               INTEGER NOT NULL,
    PRIMARY KEY (practice_id, month, category)
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE category_settings (
    category      TEXT PRIMARY KEY,
    co2_factor    REAL NOT NULL,
    co2_source    TEXT NOT NULL,
    avg_weight_kg REAL NOT NULL,
    weight_source TEXT NOT NULL
);

INSERT INTO settings (key, value, source) VALUES
    ('small_cell_k', '5', 'Kleine aantallen worden afgeschermd onder deze drempel (SPEC §3.4).'),
    ('fte_hours', '36', '36 uur per week = 1 fte.');

INSERT INTO category_settings (category, co2_factor, co2_source, avg_weight_kg, weight_source) VALUES
    ('kleding_textiel', 1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 0.4, 'Aanname, door de gebruiker te controleren.'),
    ('meubels',         1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 25, 'Aanname, door de gebruiker te controleren.'),
    ('fietsen',         1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 15, 'Aanname, door de gebruiker te controleren.'),
    ('elektra',         1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 5, 'Aanname, door de gebruiker te controleren.'),
    ('boeken_media',    1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 0.5, 'Aanname, door de gebruiker te controleren.'),
    ('huisraad',        1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 1, 'Aanname, door de gebruiker te controleren.'),
    ('speelgoed',       1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 0.8, 'Aanname, door de gebruiker te controleren.'),
    ('horeca',          0.0, 'Eten en drinken: geen goederen hergebruikt (SPEC §3.3).', 0, 'Eten en drinken telt niet mee.'),
    ('overig',          1.0, 'TNO voor de BKN-sectormonitor: 1 ton CO2 bespaard per ton ingezameld goed, hier toegepast op verkocht gewicht (conservatief).', 1, 'Aanname, door de gebruiker te controleren.');
