-- dealscope store, schema version 5: daily closes for event studies (tickers as the user's
-- price file writes them; split-adjusted closes as exact decimal text).
CREATE TABLE prices (
    ticker TEXT NOT NULL,
    date   TEXT NOT NULL,
    close  TEXT NOT NULL,
    PRIMARY KEY (ticker, date)
) STRICT, WITHOUT ROWID;
