-- Source texts are shown to users: no references to the product's own specification.
UPDATE category_settings
SET co2_source = 'Eten en drinken: geen goederen hergebruikt, dus geen vermeden CO2.'
WHERE category = 'horeca' AND co2_source LIKE '%SPEC%';

UPDATE settings
SET source = 'Kleine aantallen worden afgeschermd onder deze drempel.'
WHERE key = 'small_cell_k' AND source LIKE '%SPEC%';
