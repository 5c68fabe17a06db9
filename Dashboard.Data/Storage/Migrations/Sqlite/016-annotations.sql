-- Annotations (gebeurtenissen, docs/weergave-en-export.md#gebeurtenissen): a date and a short text about an organisation,
-- or about one of its practices, drawn as a marked point on every trend chart whose filter includes it. Not personal
-- data. Numbered 016 after 014: 015 is kept for the stories; Database applies every script numbered above the
-- database's version, so a gap is no hindrance.
CREATE TABLE annotations (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    practice_id     INTEGER REFERENCES practices (id),
    annotation_date TEXT NOT NULL,
    text            TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX annotations_by_organisation ON annotations (organisation_id, annotation_date);
