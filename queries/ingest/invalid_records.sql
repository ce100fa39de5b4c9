-- The record numbers of the staged rows (`typed`) that failed validation, in file order, for quarantine.
SELECT _rec FROM typed WHERE _reason IS NOT NULL ORDER BY _rec;
