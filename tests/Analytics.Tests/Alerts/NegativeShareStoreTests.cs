using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The measure of each <c>alerts</c> row (queries/schema/011_alert_measure.sql): written and read back with the
/// negative share's texts, and the rows of a warehouse from before the migration read as volume rows.
/// </summary>
public sealed class NegativeShareStoreTests : IDisposable
{
    private static readonly DateOnly D = new(2026, 10, 20);
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 5, 0, 0, TimeSpan.Zero);
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void A_negative_share_row_keeps_its_measure_and_texts_beside_a_volume_row_of_the_same_category()
    {
        var volume = new AlertRecord("Payments", D, AlertState.Firing, 42, 12, 3.5, 1e-9, 3, "Payments: 42 tickets today, typical Tuesday 12 (3.5×)",
            Silenced: false, Held: null);
        var share = new AlertRecord("Payments", D, AlertState.Firing, 18, 0.12, 3.75, 1e-8, 3, "Payments: 18 of 40 texts negative today (45%), typical 12% (3.8×)",
            Silenced: false, Held: null, Measure: AlertMeasure.NegativeShare, Texts: 40);

        AlertLifecycleStore.Record(_w.Db, volume, "k1", Now, Now);
        AlertLifecycleStore.Record(_w.Db, share, "k1", Now, Now);

        Assert.Equal([("volume", null), ("negative-share", (int?)40)],
            _w.Rows("SELECT measure, texts FROM alerts ORDER BY id").Select(r => ((string)r["measure"]!, (int?)r["texts"])));
        var states = AlertLifecycleStore.States(_w.Db);
        Assert.Equal([AlertKey.Volume("Payments"), AlertKey.NegativeShare("Payments")], states.Keys.OrderBy(k => k.Measure));
        Assert.Equal(share, states[AlertKey.NegativeShare("Payments")].Last);
        Assert.Equal(volume, states[AlertKey.Volume("Payments")].Last);
        Assert.Equal([share, volume], AlertLifecycleStore.History(_w.Db, 10).Select(h => h.Record));
    }

    [Fact]
    public void Rows_recorded_before_the_measure_existed_are_volume_rows()
    {
        using (var old = new DuckDBConnection($"Data Source={_w.DbPath}"))
        {
            old.Open();
            Migrator.Migrate(old, target: 8);
            old.Execute("""
                INSERT INTO alerts (category, day, state, observed, baseline, ratio, p_value, severity, why, silenced, held, run_key, notified_at, recorded_at, days)
                VALUES ('Payments', DATE '2026-10-20', 'firing', 42, 12, 3.5, 1e-9, 3, 'Payments: 42 tickets today, typical Tuesday 12 (3.5×)', false, NULL, 'k1', NULL, now(), 1)
                """);
        }

        Assert.Equal(("volume", (int?)null), _w.Rows("SELECT measure, texts FROM alerts").Select(r => ((string)r["measure"]!, (int?)r["texts"])).Single());
        var state = Assert.Single(AlertLifecycleStore.States(_w.Db));
        Assert.Equal((AlertKey.Volume("Payments"), true), (state.Key, state.Value.Firing));
    }
}
