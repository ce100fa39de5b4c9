-- Moves the rows that failed into quarantine: rows that failed validation (from `typed`, with the raw
-- row as JSON of header to text, `_raw`) and rows the CSV reader could not split (their raw line as read).
-- quarantine_lines holds the physical line of each. Parameters: $sha256, $file, $kind, $source.
INSERT INTO quarantine (file_sha256, path, line, kind, source, reason, raw, quarantined_at)
SELECT $sha256, $file, q.line, $kind, $source, t._reason, t._raw, now()
FROM typed t
JOIN quarantine_lines q USING (_rec)
WHERE t._reason IS NOT NULL
UNION ALL
SELECT $sha256, $file, q.line, $kind, $source, q.reason, q.raw, now()
FROM quarantine_lines q
WHERE q._rec IS NULL;
