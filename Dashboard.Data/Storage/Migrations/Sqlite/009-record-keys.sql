-- Record keys for cell-key perturbation (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken): every trajectory,
-- certificate and participant has a random key 0–255, drawn when the record is first stored and kept when a re-import
-- updates it. A protected count is shifted by −2 … +2 by the sum of the keys of exactly the records it counts, so that
-- a total minus its visible groups, or one filter minus a slightly wider one, no longer gives a hidden count away.
-- The keys are never shown and never exported, and are not derived from the participant code. Records stored before
-- this version get their keys here, from SQLite's own random source.
ALTER TABLE trajectories ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
UPDATE trajectories SET record_key = abs(random() % 256);

ALTER TABLE certificates ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0;
UPDATE certificates SET record_key = abs(random() % 256);

-- A participant (the keyed pseudonym of their code within an organisation, as in trajectories and certificates) with
-- their record key. A row goes when the participant's last trajectory and certificate go.
CREATE TABLE participants (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    participant     TEXT NOT NULL,
    record_key      INTEGER NOT NULL CHECK (record_key BETWEEN 0 AND 255),
    PRIMARY KEY (organisation_id, participant)
) WITHOUT ROWID;
INSERT INTO participants (organisation_id, participant, record_key)
SELECT organisation_id, participant, abs(random() % 256)
FROM (SELECT organisation_id, participant FROM trajectories UNION SELECT organisation_id, participant FROM certificates);
