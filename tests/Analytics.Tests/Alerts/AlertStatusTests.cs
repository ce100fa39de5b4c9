using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Alerts;

/// <summary>The alert part of <c>analytics status</c> on warehouses with and without the lifecycle tables.</summary>
public sealed class AlertStatusTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void A_file_from_before_the_alert_tables_shows_no_alert_state_instead_of_failing()
    {
        // A read-only copy is never migrated: schema 3 has no alerts table.
        using var old = new DuckDBConnection($"Data Source={_w.DbPath}");
        old.Open();
        Migrator.Migrate(old, target: 3);

        var status = AlertsStatus.Read(old, new DateOnly(2026, 11, 23));

        Assert.Equal((null, 0, 0), (status.JudgedThrough, status.Firing.Count, status.Silences.Count));
        using var text = new StringWriter();
        status.WriteTable(text);
        Assert.StartsWith("Alerts: no day judged yet", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_drop_is_shown_as_one_and_not_as_a_stopped_feed()
    {
        _w.Db.Execute("""
            INSERT INTO alerts (category, day, state, observed, baseline, ratio, p_value, severity, why, silenced, held, run_key, notified_at, recorded_at, days) VALUES
                ('(all categories)', DATE '2026-11-20', 'volume-drop', 120, 260, 0.46, 1e-9, 1, 'All categories: 120 tickets today', false, NULL, 'k', now(), now(), 1)
            """);

        var status = AlertsStatus.Read(_w.Db, new DateOnly(2026, 11, 23));
        using var text = new StringWriter();
        status.WriteTable(text);

        Assert.Contains("  firing (all categories) since 2026-11-20 (volume dropped; 120 vs typical 260 on 2026-11-20)", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("stopped", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Silences_that_ended_before_today_or_were_lifted_are_not_shown()
    {
        _w.Db.Execute("""
            INSERT INTO alert_silences (category, until, reason, created_at, lifted_at) VALUES
                ('Payments', DATE '2026-11-22', 'ended yesterday', now(), NULL),
                ('Returns',  DATE '2026-11-23', 'ends today', now(), NULL),
                (NULL,       DATE '2026-12-31', 'lifted', now(), now()),
                (NULL,       DATE '2026-12-31', NULL, now(), NULL)
            """);

        var status = AlertsStatus.Read(_w.Db, new DateOnly(2026, 11, 23));

        // The until day is muted too (inclusive): Returns still shows on 11-23; Payments ended on 11-22.
        Assert.Equal([("Returns", new DateOnly(2026, 11, 23)), (null, new DateOnly(2026, 12, 31))], status.Silences.Select(s => (s.Category, s.Until)));
    }
}
