-- Stories (verhalen) per good practice (docs/verhalen.md): a participant's story in their own words, under a first name or
-- a pseudonym, with the day they gave consent. Withdrawing consent deletes the row; nothing of it stays behind. The
-- outcomes it illustrates are indicator codes, comma-separated ("P4R,P13"), as targets name theirs. Dates are ISO text.
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY,
    practice_id  INTEGER NOT NULL REFERENCES practices (id),
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    quote        TEXT,
    story_date   TEXT NOT NULL,
    indicators   TEXT NOT NULL DEFAULT '',
    consent_date TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX stories_by_practice ON stories (practice_id);
