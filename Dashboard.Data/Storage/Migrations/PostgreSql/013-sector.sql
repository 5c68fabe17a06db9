-- PostgreSQL: the same schema as Migrations/Sqlite/013-sector.sql. Whether an organisation takes part in the sector
-- comparison and the list of good practices (docs/sector.md), a practice's "actief sinds", the published contact, and the
-- fewest other organisations a comparison needs.
ALTER TABLE organisations ADD COLUMN takes_part BIGINT NOT NULL DEFAULT 0;
UPDATE organisations SET takes_part = 1 WHERE is_demo = 1;

ALTER TABLE practices ADD COLUMN active_since BIGINT;

CREATE TABLE organisation_contacts (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    email           TEXT NOT NULL,
    about           TEXT NOT NULL
);

INSERT INTO settings (key, value, source) VALUES
    ('sector_min_others', '7', 'Een sectorvergelijking toont de verdeling pas bij zoveel andere organisaties; nooit minder dan 7.');
