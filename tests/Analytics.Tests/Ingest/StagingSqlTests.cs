using Analytics.Pipeline.Ingest.Mapping;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>
/// queries/staging/ shows the staging SQL of every export format (docs/architecture.md, "SQL files"); it must be what
/// the mappings make now. To write the files again: <c>ANALYTICS_WRITE_STAGING_SQL=1 dotnet test --filter StagingSqlTests</c>.
/// </summary>
public sealed class StagingSqlTests
{
    private static readonly string Folder = Path.Combine(Fixtures.RepositoryRoot, "queries", "staging");

    [Fact]
    public void Each_mapping_has_its_staging_sql_in_queries_staging_as_the_mapping_makes_it_now()
    {
        var write = Environment.GetEnvironmentVariable("ANALYTICS_WRITE_STAGING_SQL") == "1";
        foreach (var mapping in MappingCatalog.All)
        {
            var path = Path.Combine(Fixtures.RepositoryRoot, "queries", StagingSql.FileOf(mapping));
            var expected = StagingSql.Of(mapping);
            if (write)
            {
                File.WriteAllText(path, expected);
            }
            Assert.True(File.Exists(path), $"{path} is missing; write it with ANALYTICS_WRITE_STAGING_SQL=1");
            Assert.True(expected == File.ReadAllText(path).ReplaceLineEndings("\n"),
                $"{path} is stale (its mapping changed); write it again with ANALYTICS_WRITE_STAGING_SQL=1");
        }
        Assert.Equal(
            MappingCatalog.All.Select(m => Path.GetFileName(StagingSql.FileOf(m))).Order(StringComparer.Ordinal),
            Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_shown_sql_reads_every_column_the_mapping_names_and_the_values_given_for_the_file()
    {
        var zendesk = StagingSql.Of(MappingCatalog.All.Single(m => m.Name == "zendesk_tickets"));
        Assert.Contains("zendesk_time(raw.\"Created at\") AS \"created_at\"", zendesk, StringComparison.Ordinal);
        Assert.Contains("dash_null(raw.\"categor[list]\") AS \"category\"", zendesk, StringComparison.Ordinal);
        Assert.Contains("-- surveys (also carried by the file)", zendesk, StringComparison.Ordinal);
        Assert.Contains("WHERE coalesce(zendesk_is_rating(raw.\"Satisfaction Score\"), false)", zendesk, StringComparison.Ordinal);
        var nps = StagingSql.Of(MappingCatalog.All.Single(m => m.Name == "nps_survey"));
        Assert.Contains("na_null(raw.\"nps\") AS \"score\"", nps, StringComparison.Ordinal);
    }
}
