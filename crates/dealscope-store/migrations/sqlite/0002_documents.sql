-- dealscope store, schema version 2: ingested documents and field observations.

-- The text of every ingested document; evidence spans index into `text`.
CREATE TABLE documents (
    source_id   TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    format      TEXT NOT NULL,
    text        TEXT NOT NULL,
    byte_len    INTEGER NOT NULL CHECK (byte_len >= 0),
    ingested_at TEXT NOT NULL
) STRICT;

-- Every value any source stated for a deal field, with where it said so. The deal row shows
-- one value per field; this table keeps all of them, so disagreements stay visible.
CREATE TABLE observations (
    deal_id      TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    field        TEXT NOT NULL,
    value        TEXT NOT NULL,
    amount_minor INTEGER,
    currency     TEXT CHECK (currency IS NULL OR length(currency) = 3),
    source_id    TEXT NOT NULL REFERENCES sources(id),
    start        INTEGER,
    end          INTEGER,
    text         TEXT,
    PRIMARY KEY (deal_id, position),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
) STRICT;
CREATE INDEX observations_by_source ON observations(source_id);
