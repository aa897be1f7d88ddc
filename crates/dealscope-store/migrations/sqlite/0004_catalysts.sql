-- dealscope store, schema version 4: catalysts (with their date history) and approvals.
-- The searchable fields are columns; the full record (sources, evidence, history) is kept
-- as the domain type's JSON, since it is only ever read whole.
CREATE TABLE catalysts (
    key        TEXT PRIMARY KEY,
    asset_name TEXT NOT NULL,
    asset_id   TEXT REFERENCES assets(id) ON DELETE SET NULL,
    kind       TEXT NOT NULL,
    expected   TEXT NOT NULL,
    status     TEXT NOT NULL,
    record     TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
CREATE INDEX catalysts_by_asset ON catalysts(asset_id);

CREATE TABLE approvals (
    key      TEXT PRIMARY KEY,
    agency   TEXT NOT NULL,
    date     TEXT NOT NULL,
    product  TEXT NOT NULL,
    category TEXT,
    origin   TEXT,
    record   TEXT NOT NULL CHECK (json_valid(record))
) STRICT;
