-- Each source's first ticket (from the coverage table): a source that began within the backlog's run of rising or
-- falling periods is named beside it, since its tickets are part of the change (docs/report.md, "The story").
SELECT source, first_at FROM coverage WHERE kind = 'tickets' ORDER BY source;
