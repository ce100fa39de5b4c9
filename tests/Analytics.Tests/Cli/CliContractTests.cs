using System.Text.Json;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Cli;

/// <summary>The command-line contract of the README, through the real executable.</summary>
public sealed class CliContractTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Ingest_output_to_a_file_is_one_plain_line_per_file()
    {
        var result = CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("canonical/customers.csv"), "--db", "w.duckdb");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("customers.csv", StringComparison.Ordinal));
        Assert.StartsWith("customers.csv: customers (", line, StringComparison.Ordinal);
        // No table drawn for a log.
        Assert.DoesNotContain('│', result.Stdout);
        Assert.DoesNotContain('─', result.Stdout);
    }

    [Fact]
    public void Global_options_work_before_and_after_the_command_words()
    {
        var before = CliRunner.Run(_w.Folder, "--db", "a.duckdb", "ingest", Fixtures.Path("canonical/customers.csv"), "--format", "json");
        var after = CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("canonical/customers.csv"), "--format", "json", "--db", "b.duckdb");

        Assert.Equal((0, 0), (before.ExitCode, after.ExitCode));
        Assert.True(File.Exists(Path.Combine(_w.Folder, "a.duckdb")));
        Assert.True(File.Exists(Path.Combine(_w.Folder, "b.duckdb")));
        var summary = JsonDocument.Parse(before.Stdout).RootElement[0]; // stdout is the JSON and nothing else
        Assert.Equal(("customers", 5, 2, 0, 3),
            (summary.GetProperty("kind").GetString(), summary.GetProperty("rows_read").GetInt32(), summary.GetProperty("rows_loaded").GetInt32(),
             summary.GetProperty("duplicates").GetInt32(), summary.GetProperty("quarantined").GetInt32()));
    }

    [Fact]
    public void Bad_input_exits_2_with_a_message_and_no_stack_trace()
    {
        var result = CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("unknown/orders.csv"), "--db", "w.duckdb");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("header not recognised", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, CliRunner.Run(_w.Folder, "ingest").ExitCode);
        Assert.Equal(2, CliRunner.Run(_w.Folder, "ingest", "x.csv", "--source", "jira").ExitCode);
    }

    [RealDataFact]
    public void A_configured_source_supplies_encoding_and_survey_date()
    {
        File.WriteAllText(Path.Combine(_w.Folder, "analytics.json"), """
            { "Sources": [ { "Name": "botanic", "Vendor": "nps", "Encoding": "latin1", "SurveyDate": "2016-06-01" } ] }
            """);

        var result = CliRunner.Run(_w.Folder, "ingest", Fixtures.SharedData("surveys/nps_botanic.csv"), "--source-name", "botanic", "--format", "json", "--db", "w.duckdb");

        Assert.Equal(0, result.ExitCode);
        var summary = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal(("botanic", "nps", 13954), (summary.GetProperty("source").GetString(), summary.GetProperty("vendor").GetString(), summary.GetProperty("rows_read").GetInt32()));
    }

    [Fact]
    public void Sql_is_read_only_and_prints_json_with_offsets()
    {
        Assert.Equal(0, CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("canonical/tickets.csv"), "--db", "w.duckdb").ExitCode);

        var json = CliRunner.Run(_w.Folder, "sql", "SELECT ticket_id, created_at, reopens FROM tickets WHERE ticket_id = 'T-1'", "--format", "json", "--db", "w.duckdb");
        var write = CliRunner.Run(_w.Folder, "sql", "DELETE FROM tickets", "--db", "w.duckdb");
        var count = CliRunner.Run(_w.Folder, "sql", "SELECT count(*) AS n FROM tickets", "--format", "csv", "--db", "w.duckdb");

        Assert.Equal(0, json.ExitCode);
        var row = JsonDocument.Parse(json.Stdout).RootElement[0];
        Assert.Equal(("T-1", "2026-03-02T09:00:00+00:00", 0), (row.GetProperty("ticket_id").GetString(), row.GetProperty("created_at").GetString(), row.GetProperty("reopens").GetInt32()));
        Assert.Equal(1, write.ExitCode);
        Assert.Contains("read-only", write.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("n\n4\n", count.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Sql_lists_and_describes_the_documented_tables()
    {
        Assert.Equal(0, CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("canonical/customers.csv"), "--db", "w.duckdb").ExitCode);

        var tables = CliRunner.Run(_w.Folder, "sql", "--tables", "--format", "csv", "--db", "w.duckdb");
        var columns = CliRunner.Run(_w.Folder, "sql", "--describe", "tickets", "--format", "csv", "--db", "w.duckdb");

        Assert.Contains("quarantine,table,", tables.Stdout, StringComparison.Ordinal);
        Assert.Contains("solved_at,TIMESTAMP WITH TIME ZONE,Latest solve", columns.Stdout, StringComparison.Ordinal);
        // Listing and describing cut no periods: no word about the reporting zone.
        Assert.Equal("", tables.Stderr + columns.Stderr);
    }

    [Fact]
    public void Sql_sessions_cut_days_in_the_reporting_zone()
    {
        // T-1 is created 2026-03-02 09:00 UTC, which is already 18:00 in Tokyo; 23:30 UTC would be the next day there.
        Assert.Equal(0, CliRunner.Run(_w.Folder, "ingest", Fixtures.Path("canonical/tickets.csv"), "--db", "w.duckdb").ExitCode);
        const string Query = "SELECT current_setting('TimeZone') AS zone, CAST(TIMESTAMPTZ '2026-03-02 23:30:00+00' AS DATE) AS day";

        var utc = CliRunner.Run(_w.Folder, "sql", Query, "--format", "csv", "--db", "w.duckdb");
        var tokyo = CliRunner.Run(_w.Folder, "sql", Query, "--format", "csv", "--db", "w.duckdb", "--timezone", "Asia/Tokyo");

        // No zone configured or given at ingest: UTC, and the warning says so.
        Assert.Equal("zone,day\nUTC,2026-03-02\n", utc.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("warning: no reporting time zone is configured", utc.Stderr, StringComparison.Ordinal);
        Assert.Equal("zone,day\nAsia/Tokyo,2026-03-03\n", tokyo.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        // The stored KPI rows were computed in UTC: this session computes its own, and says so.
        Assert.Equal("note: computed the KPI rows for this command: reporting zone Asia/Tokyo (the stored ones: reporting zone UTC)", tokyo.Stderr.Trim());
    }
}
