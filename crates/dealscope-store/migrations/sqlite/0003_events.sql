-- dealscope store, schema version 3: lifecycle events of deals.
CREATE TABLE deal_events (
    deal_id      TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    date         TEXT,
    amount_minor INTEGER,
    currency     TEXT CHECK (currency IS NULL OR length(currency) = 3),
    source_id    TEXT NOT NULL REFERENCES sources(id),
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (deal_id, position),
    CHECK ((amount_minor IS NULL) = (currency IS NULL))
) STRICT;
