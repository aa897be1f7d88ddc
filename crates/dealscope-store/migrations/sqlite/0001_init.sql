-- dealscope store, schema version 1 (SQLite).
-- Money is stored as integer minor units with its ISO 4217 currency; never as REAL.
-- Dates with precision are stored as canonical text plus their first and last day.

CREATE TABLE companies (
    id       TEXT PRIMARY KEY,
    name_en  TEXT NOT NULL,
    name_zh  TEXT,
    country  TEXT CHECK (country IS NULL OR length(country) = 2),
    kind     TEXT
) STRICT;

CREATE TABLE company_aliases (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    alias      TEXT NOT NULL,
    PRIMARY KEY (company_id, position)
) STRICT;

CREATE TABLE company_tickers (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    exchange   TEXT NOT NULL,
    code       TEXT NOT NULL,
    PRIMARY KEY (company_id, position)
) STRICT;

-- Every name key a company is known by (see dealscope_core::names::company_key).
CREATE TABLE company_names (
    key        TEXT NOT NULL,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    PRIMARY KEY (key, company_id)
) STRICT;

CREATE TABLE assets (
    id          TEXT PRIMARY KEY,
    code        TEXT,
    inn         TEXT,
    originator  TEXT,
    modality    TEXT,
    phase       TEXT,
    source_url  TEXT
) STRICT;

CREATE TABLE asset_aliases (
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    alias    TEXT NOT NULL,
    PRIMARY KEY (asset_id, position)
) STRICT;

CREATE TABLE asset_targets (
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target   TEXT NOT NULL,
    PRIMARY KEY (asset_id, position)
) STRICT;

CREATE TABLE asset_areas (
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    area     TEXT NOT NULL,
    PRIMARY KEY (asset_id, position)
) STRICT;

-- Every name key an asset is known by (see dealscope_core::names::asset_key).
CREATE TABLE asset_names (
    key      TEXT NOT NULL,
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    PRIMARY KEY (key, asset_id)
) STRICT;

CREATE TABLE sources (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('url', 'file', 'dataset')),
    location      TEXT NOT NULL,
    content_hash  TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT
) STRICT;

CREATE TABLE deals (
    id                TEXT PRIMARY KEY,
    announced         TEXT,
    announced_start   TEXT,
    announced_end     TEXT,
    deal_type         TEXT,
    modality          TEXT,
    therapeutic_area  TEXT,
    indication        TEXT,
    phase_at_signing  TEXT,
    territory         TEXT,
    currency_original TEXT,
    status            TEXT NOT NULL,
    royalty_text      TEXT,
    notes             TEXT,
    CHECK ((announced IS NULL) = (announced_start IS NULL))
) STRICT;
CREATE INDEX deals_by_announced ON deals(announced_start);

CREATE TABLE deal_parties (
    deal_id    TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('licensor', 'licensee')),
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
    country    TEXT CHECK (country IS NULL OR length(country) = 2),
    PRIMARY KEY (deal_id, role, position)
) STRICT;
CREATE INDEX deal_parties_by_company ON deal_parties(company_id);
CREATE INDEX deal_parties_by_key ON deal_parties(name_key);

CREATE TABLE deal_assets (
    deal_id  TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    asset_id TEXT REFERENCES assets(id) ON DELETE SET NULL,
    PRIMARY KEY (deal_id, position)
) STRICT;
CREATE INDEX deal_assets_by_asset ON deal_assets(asset_id);
CREATE INDEX deal_assets_by_key ON deal_assets(name_key);

CREATE TABLE deal_asset_aliases (
    deal_id        TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    asset_position INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    alias          TEXT NOT NULL,
    PRIMARY KEY (deal_id, asset_position, position),
    FOREIGN KEY (deal_id, asset_position) REFERENCES deal_assets(deal_id, position) ON DELETE CASCADE
) STRICT;

CREATE TABLE deal_targets (
    deal_id  TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    target   TEXT NOT NULL,
    PRIMARY KEY (deal_id, position)
) STRICT;

CREATE TABLE deal_terms (
    deal_id      TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('upfront', 'near_term', 'equity', 'option_fee', 'milestones', 'total')),
    state        TEXT NOT NULL CHECK (state IN ('disclosed', 'computed', 'undisclosed')),
    amount_minor INTEGER,
    currency     TEXT CHECK (currency IS NULL OR length(currency) = 3),
    bound        TEXT CHECK (bound IS NULL OR bound IN ('exact', 'up_to', 'at_least', 'about')),
    includes     TEXT,
    text         TEXT,
    PRIMARY KEY (deal_id, kind),
    CHECK ((state = 'undisclosed') = (amount_minor IS NULL)),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
) STRICT;

CREATE TABLE royalty_tiers (
    deal_id        TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    rate_pct       TEXT NOT NULL,
    above_minor    INTEGER,
    above_currency TEXT,
    PRIMARY KEY (deal_id, position)
) STRICT;

CREATE TABLE deal_sources (
    deal_id   TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    PRIMARY KEY (deal_id, position)
) STRICT;
CREATE INDEX deal_sources_by_source ON deal_sources(source_id);

CREATE TABLE evidence (
    deal_id   TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources(id),
    field     TEXT NOT NULL,
    start     INTEGER NOT NULL CHECK (start >= 0),
    end       INTEGER NOT NULL CHECK (end >= start),
    text      TEXT NOT NULL,
    PRIMARY KEY (deal_id, position)
) STRICT;
