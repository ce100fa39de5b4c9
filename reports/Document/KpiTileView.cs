using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports.Document;

/// <summary>Whether a tile's change is good news, bad news or neither.</summary>
public enum ChangeTone
{
    None,
    Neutral,
    Good,
    Bad,
}

/// <summary>Turns a <see cref="KpiTile"/> into the text a tile prints: value, change with arrow and colour, target.</summary>
public static class KpiTileView
{
    public static TileView From(KpiTile tile)
    {
        var value = KpiUnits.Boxed(tile.Column, tile.Value);
        var (change, tone) = Change(tile);
        return new TileView(
            tile.Label,
            KpiFormat.Value(tile.Column, value),
            value is null ? "" : KpiUnits.Unit(tile.Column),
            change,
            Color(tone),
            string.Join(" · ", new[] { SampleText(tile.N), BasisText(tile.Basis), Target(tile) }.Where(t => t.Length > 0)));
    }

    /// <summary>"n = 1,204": what a rate, mean or median is of; empty for a count.</summary>
    public static string SampleText(long? n) => n is { } count ? "n = " + count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>"calendar hours", "business hours", "calendar and business hours" (mixed); empty for no basis.</summary>
    public static string BasisText(DurationBasis? basis) => basis switch
    {
        null => "",
        DurationBasis.Mixed => "calendar and business hours",
        { } one => one.Text() + " hours",
    };

    /// <summary>What a tile's change is measured between: the like-for-like pair when there is one.</summary>
    public static (double? Current, double? Previous) Measured(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.LikeForLike is { } pair ? (pair.Current, pair.Previous) : (tile.Value, tile.Previous);
    }

    /// <summary>
    /// "▲ +12 (+6.1%)" / "▼ -1.5 pp" coloured by the tile's direction (a change that shows as 0 is "±0.0 pp", uncoloured); "new" when only this period has a value;
    /// the previous value when only the previous period had one; nothing when neither had any; "not
    /// comparable" when no source covers both periods (docs/report.md, "Like for like").
    /// </summary>
    public static (string Text, ChangeTone Tone) Change(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (!tile.Comparable)
        {
            return (NotComparable, ChangeTone.Neutral);
        }
        var (currentValue, previousValue) = Measured(tile);
        var current = KpiUnits.Boxed(tile.Column, currentValue);
        var previous = KpiUnits.Boxed(tile.Column, previousValue);
        if (current is null && previous is null)
        {
            return ("", ChangeTone.None);
        }
        if (previous is null)
        {
            return ("new", ChangeTone.Neutral);
        }
        if (current is null)
        {
            return ("was " + KpiUnits.WithUnit(tile.Column, previous), ChangeTone.Neutral);
        }
        var (arrow, change, relative, tone) = Parts(tile, currentValue!.Value, previousValue!.Value);
        return (arrow + change + (relative is null ? "" : $" ({relative})"), tone);
    }

    /// <summary>
    /// The change of a tile whose two values are both there, without arrow: "+162" and "+14%", "-3.5 pp" and none; null
    /// when either value is missing or the tile is not comparable. For the email, which words it its own way.
    /// </summary>
    public static (string Change, string? Relative)? Plain(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        var (current, previous) = Measured(tile);
        if (!tile.Comparable || KpiUnits.Boxed(tile.Column, current) is null || KpiUnits.Boxed(tile.Column, previous) is null)
        {
            return null;
        }
        var (_, change, relative, _) = Parts(tile, current!.Value, previous!.Value);
        return (change, relative);
    }

    /// <summary>
    /// The pieces of a change between two values: arrow, the change with its unit ("+4.5 min"), the relative change
    /// of a count or a duration ("+12%") and the tone. A change too small to show ("-0.0 pp") is no change: no arrow,
    /// no colour, no sign, no percentage.
    /// </summary>
    private static (string Arrow, string Change, string? Relative, ChangeTone Tone) Parts(KpiTile tile, double current, double previous)
    {
        var delta = current - previous;
        var change = KpiFormat.Change(tile.Column, KpiUnits.Boxed(tile.Column, previous), KpiUnits.Boxed(tile.Column, current));
        if (ShownAsZero(change))
        {
            delta = 0;
            change = "±" + change[1..];
        }
        var unit = KpiUnits.Unit(tile.Column);
        return (delta > 0 ? "▲ " : delta < 0 ? "▼ " : "",
            change + (unit.Length > 0 ? " " + unit : ""),
            Relative(tile.Column, previous, delta),
            Tone(tile.Direction, delta));
    }

    /// <summary>Whether a formatted change ("+0.0", "-0.0 pp", "±0") has no digit but 0.</summary>
    private static bool ShownAsZero(string change) => change.Length > 1 && change.Any(char.IsDigit) && change.Where(char.IsDigit).All(c => c == '0');

    /// <summary>
    /// " (+6.1%)" beside the change of a count or a duration, against the previous value; none for rates and scores,
    /// whose change is already in points, and none from 0 or for no change.
    /// </summary>
    private static string? Relative(string column, double previous, double delta) =>
        delta != 0 && KpiColumns.Find(column)?.Unit is KpiUnit.Count or KpiUnit.Minutes or KpiUnit.Hours
            ? KpiFormat.RelativeChange(previous, previous + delta)
            : null;

    /// <summary>What a change says when the two periods have no source in common that covers both.</summary>
    public const string NotComparable = "not comparable";

    public static ChangeTone Tone(Direction direction, double delta) => direction switch
    {
        _ when delta == 0 => ChangeTone.Neutral,
        Direction.HigherIsBetter => delta > 0 ? ChangeTone.Good : ChangeTone.Bad,
        Direction.LowerIsBetter => delta < 0 ? ChangeTone.Good : ChangeTone.Bad,
        _ => ChangeTone.Neutral,
    };

    private static string Target(KpiTile tile)
    {
        if (tile.Target is not { } target)
        {
            return "";
        }
        var relation = tile.Direction switch
        {
            Direction.HigherIsBetter => "≥ ",
            Direction.LowerIsBetter => "≤ ",
            _ => "",
        };
        return "target " + relation + KpiUnits.WithUnit(tile.Column, KpiUnits.Boxed(tile.Column, target));
    }

    private static SKColor Color(ChangeTone tone) => tone switch
    {
        ChangeTone.Good => Palette.Good,
        ChangeTone.Bad => Palette.Bad,
        _ => Palette.Neutral,
    };
}
