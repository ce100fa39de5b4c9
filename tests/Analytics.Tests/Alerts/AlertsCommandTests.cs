using System.Text.Json;
using Analytics.Tests.Support;
using CliRunner = Analytics.Tests.Support.Cli;

namespace Analytics.Tests.Alerts;

/// <summary>`analytics alerts detect` on the committed canonical sample data (sample-data/README.md, "Injected spikes").</summary>
public sealed class AlertsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Without --notify, detect only reads: the shared sample warehouse.</summary>
    private CliRunner.Result Detect(params string[] args) =>
        CliRunner.Run(_folder.Path, ["alerts", "detect", "--db", SampleWarehouse.Canonical.DbPath, "--config", SampleWarehouse.Config, .. args]);

    [Fact]
    public void A_replay_finds_the_planted_spikes_and_nothing_else()
    {
        var result = Detect("--from", "2026-09-01", "--to", "2026-11-15", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var spikes = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray()
            .Select(s => (s.GetProperty("date").GetString(), s.GetProperty("category").GetString())).ToList();
        Assert.Equal([("2026-10-20", "Payments"), ("2026-11-11", "Login & Access"), ("2026-11-12", "Login & Access")], spikes);
    }

    [Fact]
    public void One_day_reports_the_spike_with_its_figures()
    {
        var result = Detect("--date", "2026-10-20", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var spike = Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray());
        // 43 Payments tickets planted on that day, one of them deleted (sample-data/README.md).
        Assert.Equal(42, spike.GetProperty("observed").GetInt32());
        Assert.Equal(42 / spike.GetProperty("baseline").GetDouble(), spike.GetProperty("ratio").GetDouble(), 9);
        var pValue = spike.GetProperty("p_value").GetDouble();
        Assert.True(pValue < 0.001 / 12, $"p = {pValue}");
        Assert.StartsWith("Payments: 42 tickets today, typical Tuesday", spike.GetProperty("why").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--date 2026-10-20 --from 2026-10-01 --to 2026-10-31", "--date cannot be combined with --from/--to")]
    [InlineData("--from 2026-10-01", "--from and --to go together")]
    [InlineData("--date 20.10.2026", "--date: '20.10.2026' is not a date (YYYY-MM-DD)")]
    public void Bad_usage_exits_2_with_a_message(string args, string message)
    {
        var result = Detect(args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }
}
