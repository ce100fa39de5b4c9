-- Whether the warehouse holds any survey response (the stored survey rows need updating after a file only then).
SELECT EXISTS (SELECT 1 FROM surveys);
