-- Follow-ups (nametingen) from `nametingen` files (docs/importbestanden.md#nametingen, docs/nameting.md): what a former
-- participant was doing when called some months after their trajectory ended. A follow-up belongs to its trajectory and
-- goes with it (erasure, replace of trajectories); its participant attributes are the trajectory's. The practice is the
-- trajectory's, kept here so that replace can find a store's follow-ups. Key: trajectory and date of the follow-up;
-- importing it again updates the situation. Every follow-up has a record key 0–255 like every trajectory
-- (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken).
CREATE TABLE follow_ups (
    id             INTEGER PRIMARY KEY,
    trajectory_id  INTEGER NOT NULL REFERENCES trajectories (id) ON DELETE CASCADE,
    practice_id    INTEGER NOT NULL REFERENCES practices (id),
    follow_up_date TEXT NOT NULL,
    situation      TEXT NOT NULL,
    batch_id       INTEGER NOT NULL REFERENCES import_batches (id),
    record_key     INTEGER NOT NULL CHECK (record_key BETWEEN 0 AND 255),
    UNIQUE (trajectory_id, follow_up_date)
);
CREATE INDEX follow_ups_by_practice ON follow_ups (practice_id);
