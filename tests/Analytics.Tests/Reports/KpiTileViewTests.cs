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
        // Beside the change, the change against 325: 87 / 325 = 26.8%.
        Assert.Equal(("412", "▲ +87 (+27%)"), (view.Value, view.Change));
        Assert.Equal(Palette.Bad, view.ChangeColor);
    }

    [Fact]
    public void Falling_first_response_time_is_good_and_green_with_its_unit_and_target()
    {
        var view = KpiTileView.From(new KpiTile("FRT median", "frt_median_min", 38.0, 42.5, Direction.LowerIsBetter, 60));
        // -4.5 / 42.5 = -10.6%.
        Assert.Equal(("38.0", "min", "▼ -4.5 min (-11%)", "target ≤ 60.0 min"), (view.Value, view.Unit, view.Change, view.Footnote));
        Assert.Equal(Palette.Good, view.ChangeColor);
    }

    [Fact]
    public void Falling_csat_is_bad_in_percentage_points()
    {
        var (text, tone) = KpiTileView.Change(new KpiTile("CSAT", "csat_pct", 88.0, 90.5, Direction.HigherIsBetter));
        Assert.Equal(("▼ -2.5 pp", ChangeTone.Bad), (text, tone));
    }

    [Fact]
    public void A_rate_says_what_it_is_of_then_its_basis()
    {
        Assert.Equal("n = 1,204", KpiTileView.From(new KpiTile("CSAT", "csat_pct", 88.0, 90.5, Direction.HigherIsBetter) { N = 1204 }).Footnote);
        Assert.Equal("n = 845 · calendar hours",
            KpiTileView.From(new KpiTile("FRT median", "frt_median_min", 38.0, 42.5, Direction.LowerIsBetter) { N = 845, Basis = DurationBasis.Calendar }).Footnote);
    }

    [Fact]
    public void A_footnote_breaks_between_its_parts_onto_two_lines_at_most()
    {
        var style = Typography.TileFootnote;
        var oneLine = style.Measure("n = 805 · calendar hours");
        Assert.Equal(["n = 805 · calendar hours"], TileGrid.FootnoteLines("n = 805 · calendar hours", oneLine + 1));
        Assert.Equal(["n = 805", "calendar hours"], TileGrid.FootnoteLines("n = 805 · calendar hours", oneLine - 1));
        // Three parts where two fit on a line; a fourth line is never drawn.
        Assert.Equal(["n = 805 · calendar hours", "target ≤ 60.0 min"], TileGrid.FootnoteLines("n = 805 · calendar hours · target ≤ 60.0 min", oneLine + 1));
        Assert.Equal(2, TileGrid.FootnoteLines("a · b · c", 1).Count);
        Assert.Empty(TileGrid.FootnoteLines("", 100));
    }

    [Fact]
    public void A_duration_says_its_basis_under_it_before_any_target()
    {
        Assert.Equal("business hours", KpiTileView.From(new KpiTile("Resolution median", "resolution_median_hours", 20.5, 19.0, Direction.LowerIsBetter) { Basis = DurationBasis.Business }).Footnote);
        Assert.Equal("calendar and business hours · target ≤ 60.0 min",
            KpiTileView.From(new KpiTile("FRT median", "frt_median_min", 38.0, 42.5, Direction.LowerIsBetter, 60) { Basis = DurationBasis.Mixed }).Footnote);
        Assert.Equal("", KpiTileView.From(new KpiTile("CSAT", "csat_pct", 88.0, 90.5, Direction.HigherIsBetter)).Footnote);
    }

    [Fact]
    public void A_change_that_shows_as_zero_has_no_arrow_sign_or_colour()
    {
        // 88.04 against 88.08: -0.04 pp prints as 0.0 pp; 44.92 h against 44.9 h: +0.02 h as 0.0 h.
        Assert.Equal(("±0.0 pp", ChangeTone.Neutral), KpiTileView.Change(new KpiTile("CSAT", "csat_pct", 88.04, 88.08, Direction.HigherIsBetter)));
        Assert.Equal(("±0.0 h", ChangeTone.Neutral), KpiTileView.Change(new KpiTile("Resolution median", "resolution_median_hours", 44.92, 44.9, Direction.LowerIsBetter)));
    }

    [Fact]
    public void The_emails_change_is_the_tiles_without_its_arrow_and_a_change_shown_as_zero_has_no_percentage()
    {
        Assert.Equal(("+162", "+14%"), KpiTileView.Plain(new KpiTile("Created", "tickets_created", 1284, 1122, Direction.Neutral)));
        // 0.54 h against 0.5 h: +0.04 h prints as 0.0 h, so no "+8.0%" beside it, on the tile or in the email.
        var tile = new KpiTile("Resolution median", "resolution_median_hours", 0.54, 0.5, Direction.LowerIsBetter);
        Assert.Equal(("±0.0 h", (string?)null), KpiTileView.Plain(tile));
        Assert.Equal("±0.0 h", KpiTileView.Change(tile).Text);
        Assert.Null(KpiTileView.Plain(new KpiTile("NPS", "nps", 21.7, null, Direction.HigherIsBetter)));
    }

    [Fact]
    public void Counts_and_durations_show_their_change_as_a_percentage_too_rates_and_scores_do_not()
    {
        // 901 against 849: +52, +6.12%; from 0 there is no percentage.
        Assert.Equal("▲ +52 (+6.1%)", KpiTileView.Change(new KpiTile("Created", "tickets_created", 901, 849, Direction.Neutral)).Text);
        Assert.Equal("▲ +12", KpiTileView.Change(new KpiTile("Created", "tickets_created", 12, 0, Direction.Neutral)).Text);
        // 1,348 against 618: +730, +118.1%.
        Assert.Equal("▲ +730 (+118%)", KpiTileView.Change(new KpiTile("Backlog", "backlog_end", 1348, 618, Direction.LowerIsBetter)).Text);
        Assert.Equal("▲ +10.6", KpiTileView.Change(new KpiTile("NPS", "nps", 21.7, 11.1, Direction.HigherIsBetter)).Text);
        Assert.Equal("▲ +1.7 pp", KpiTileView.Change(new KpiTile("CSAT", "csat_pct", 83.6, 81.9, Direction.HigherIsBetter)).Text);
        // -1 of 100,001 is -0.001%: too small to show, so no percentage rather than "+0.0%".
        Assert.Equal("▼ -1", KpiTileView.Change(new KpiTile("Backlog", "backlog_end", 100_000, 100_001, Direction.LowerIsBetter)).Text);
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
