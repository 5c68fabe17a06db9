-- Targets (streefwaarden) and each good practice's theory of change (docs/indicatoren.md#streefwaarden, docs/weergave-en-export.md#goede-praktijk).

-- A target belongs to an organisation as a whole or to one practice, never to both: the CHECK says so,
-- and since NULLs are distinct in a UNIQUE constraint each kind of owner gets its own partial unique index.
CREATE TABLE targets (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    indicator       TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    practice_id     INTEGER REFERENCES practices (id),
    value           REAL NOT NULL CHECK (value >= 0),
    CHECK ((organisation_id IS NOT NULL AND practice_id IS NULL) OR (organisation_id IS NULL AND practice_id IS NOT NULL))
);
CREATE UNIQUE INDEX targets_per_organisation ON targets (year, indicator, organisation_id) WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX targets_per_practice ON targets (year, indicator, practice_id) WHERE practice_id IS NOT NULL;

-- The content is one JSON document (impact goal, target groups, stakeholders, activities, outputs and
-- outcomes with their indicator codes, impact): it is read and written as a whole and never queried inside.
CREATE TABLE theories_of_change (
    practice_id INTEGER PRIMARY KEY REFERENCES practices (id),
    content     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
