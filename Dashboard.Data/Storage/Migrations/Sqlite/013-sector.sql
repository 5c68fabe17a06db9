-- The sector together (docs/sector.md): whether an organisation takes part in the sector comparison and the list of good
-- practices — the demo sector does, an organisation an import creates does not until an administrator switches it on;
-- the year a practice entered itself as "actief sinds" (never derived from its data); the contact an organisation chose
-- to publish; and the fewest other organisations a comparison needs (never below 7).
ALTER TABLE organisations ADD COLUMN takes_part INTEGER NOT NULL DEFAULT 0;
UPDATE organisations SET takes_part = 1 WHERE is_demo = 1;

ALTER TABLE practices ADD COLUMN active_since INTEGER;

CREATE TABLE organisation_contacts (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    email           TEXT NOT NULL,
    about           TEXT NOT NULL
);

INSERT INTO settings (key, value, source) VALUES
    ('sector_min_others', '7', 'Een sectorvergelijking toont de verdeling pas bij zoveel andere organisaties; nooit minder dan 7.');
