using Analytics.Reports;
using Analytics.Reports.Document;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Tests.Reports;

/// <summary>What a summary tile prints: value, arrow and change coloured by whether it is good, "new", target.</summary>
public class KpiTileViewTests
{
    [Fact]
    public void Rising_backlog_is_bad_and_red()
    {
        var view = KpiTileView.From(new KpiTile("Backlog", "backlog_end", 412, 325, Direction.LowerIsBetter));
        Assert.Equal(("412", "▲ +87"), (view.Value, view.Change));
        Assert.Equal(Palette.Bad, view.ChangeColor);
    }

    [Fact]
    public void Falling_first_response_time_is_good_and_green_with_its_unit_and_target()
    {
        var view = KpiTileView.From(new KpiTile("FRT median", "frt_median_min", 38.0, 42.5, Direction.LowerIsBetter, 60));
        Assert.Equal(("38.0", "min", "▼ -4.5 min", "target ≤ 60.0 min"), (view.Value, view.Unit, view.Change, view.Footnote));
        Assert.Equal(Palette.Good, view.ChangeColor);
    }

    [Fact]
    public void Falling_csat_is_bad_in_percentage_points()
    {
        var (text, tone) = KpiTileView.Change(new KpiTile("CSAT", "csat_pct", 88.0, 90.5, Direction.HigherIsBetter));
        Assert.Equal(("▼ -2.5 pp", ChangeTone.Bad), (text, tone));
    }

    [Fact]
    public void Neutral_kpis_and_unchanged_values_are_grey()
    {
        Assert.Equal(ChangeTone.Neutral, KpiTileView.Change(new KpiTile("Created", "tickets_created", 10, 5, Direction.Neutral)).Tone);
        Assert.Equal(("±0", ChangeTone.Neutral), KpiTileView.Change(new KpiTile("Solved", "tickets_solved", 7, 7, Direction.HigherIsBetter)));
    }

    [Fact]
    public void New_when_only_this_period_has_a_value_nothing_when_neither_has()
    {
        Assert.Equal(("new", ChangeTone.Neutral), KpiTileView.Change(new KpiTile("NPS", "nps", 32.9, null, Direction.HigherIsBetter)));
        var empty = KpiTileView.From(new KpiTile("NPS", "nps", null, null, Direction.HigherIsBetter));
        Assert.Equal((KpiFormat.Missing, "", ""), (empty.Value, empty.Unit, empty.Change));
    }

    [Fact]
    public void Previous_value_when_this_period_has_none()
    {
        Assert.Equal(("was 41.0 min", ChangeTone.Neutral), KpiTileView.Change(new KpiTile("FRT", "frt_median_min", null, 41, Direction.LowerIsBetter)));
    }

    [Fact]
    public void Counts_print_whole_as_the_kpi_table_prints_them()
    {
        Assert.Equal("1,284", KpiTileView.From(new KpiTile("Created", "tickets_created", 1284, 1122, Direction.Neutral)).Value);
        Assert.Equal("71.4%", KpiTileView.From(new KpiTile("FCR", "fcr_pct", 71.4, 73, Direction.HigherIsBetter)).Value);
    }
}
