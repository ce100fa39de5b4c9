-- Made from queries/mappings/canonical_customers.json by StagingQuery (docs/ingest.md, step 4): how a canonical customers
-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has
-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as
-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.
--
-- header: customer_id, created_at, churned_at, segment, plan, mrr

-- customers, validated by queries/ingest/validate_customers.sql
SELECT _rec,
       raw."customer_id" AS "customer_id",
       raw."created_at" AS "created_at",
       raw."churned_at" AS "churned_at",
       raw."segment" AS "segment",
       raw."plan" AS "plan",
       raw."mrr" AS "mrr",
       NULL::JSON AS _extra,
       struct_pack(c0 := raw."customer_id", c1 := raw."created_at", c2 := raw."churned_at", c3 := raw."segment", c4 := raw."plan", c5 := raw."mrr") AS _raw
FROM raw;
