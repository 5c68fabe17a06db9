-- PostgreSQL: the same schema as Migrations/Sqlite/009-record-keys.sql (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken):
-- a random record key 0–255 for every trajectory, certificate and participant; records stored before get theirs here.
ALTER TABLE trajectories ADD COLUMN record_key BIGINT NOT NULL DEFAULT 0;
UPDATE trajectories SET record_key = floor(random() * 256);

ALTER TABLE certificates ADD COLUMN record_key BIGINT NOT NULL DEFAULT 0;
UPDATE certificates SET record_key = floor(random() * 256);

CREATE TABLE participants (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant     TEXT NOT NULL,
    record_key      BIGINT NOT NULL CHECK (record_key BETWEEN 0 AND 255),
    PRIMARY KEY (organisation_id, participant)
);
ALTER TABLE participants ALTER COLUMN participant SET STATISTICS 0; -- as in 001: no sample pseudonyms in pg_statistic
INSERT INTO participants (organisation_id, participant, record_key)
SELECT organisation_id, participant, floor(random() * 256)
FROM (SELECT organisation_id, participant FROM trajectories UNION SELECT organisation_id, participant FROM certificates) AS known;
