-- Of the rows the upsert looked at (`incoming`, made by the upsert_*.sql of the kind): how many it loaded, and how
-- many of those replaced a row already there.
SELECT count(*) FILTER (_loads), count(*) FILTER (_loads AND _replaces) FROM incoming;
