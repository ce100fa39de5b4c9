using Analytics.Pipeline.Alerts;
using Analytics.Tests.Support;

namespace Analytics.Tests.Alerts;

/// <summary>The <c>alerts</c> table as the lifecycle writes and reads it back (a real warehouse file).</summary>
public sealed class AlertStoreTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void A_spike_found_over_two_days_keeps_its_days_with_the_sums_it_was_judged_on()
    {
        // Found by the 2-day check on 2026-10-28: 30 + 28 = 58 tickets against 12 + 11 = 23 typical, 58 / 23 = 2.52.
        var spike = new AlertRecord("Payments", new DateOnly(2026, 10, 28), AlertState.Firing, 58, 23, 58 / 23.0, 1e-6, 2,
            "Payments: 30 tickets today and 28 yesterday, typical Wednesday 12 and Tuesday 11 (2.5× over 2 days)", Silenced: false, Held: null, Days: 2);
        var now = new DateTimeOffset(2026, 10, 29, 6, 0, 0, TimeSpan.Zero);

        AlertLifecycleStore.Record(_w.Db, spike, "k1", now, now);

        Assert.Equal((58, 23.0, 2), _w.Rows("SELECT observed, baseline, days FROM alerts").Select(r => ((int)r["observed"]!, (double)r["baseline"]!, (int)r["days"]!)).Single());
        var state = AlertLifecycleStore.States(_w.Db)[AlertKey.Volume("Payments")];
        Assert.Equal(2, state.Last!.Days);
        Assert.Equal(2, AlertLifecycleStore.History(_w.Db, 10).Single().Record.Days);
    }
}
