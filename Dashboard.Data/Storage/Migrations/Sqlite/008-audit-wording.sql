-- An audit line as an action writes it since this version: beside the Dutch subject and outcome (what the log
-- searches and what older lines only have), the key of its wording and the values that fill it, as a JSON object,
-- so the audit log page can show the line in the reader's language. Older lines keep both empty and are shown as
-- stored. Adding columns changes no row, so the append-only triggers stay as they are.
ALTER TABLE audit_log ADD COLUMN wording TEXT;
ALTER TABLE audit_log ADD COLUMN parameters TEXT;
