-- PostgreSQL: the same schema as Migrations/Sqlite/003-plain-source-texts.sql (docs/installatie-en-beheer.md#postgresql), in its types:
-- BIGINT for integers, DOUBLE PRECISION for reals, identity columns for ids; dates stay ISO text.

-- Source texts are shown to users: no references to the product's own specification.
UPDATE category_settings
SET co2_source = 'Eten en drinken: geen goederen hergebruikt, dus geen vermeden CO2.'
WHERE category = 'horeca' AND co2_source LIKE '%SPEC%';

UPDATE settings
SET source = 'Kleine aantallen worden afgeschermd onder deze drempel.'
WHERE key = 'small_cell_k' AND source LIKE '%SPEC%';
