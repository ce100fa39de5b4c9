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
            Target(tile));
    }

    /// <summary>What a tile's change is measured between: the like-for-like pair when there is one.</summary>
    public static (double? Current, double? Previous) Measured(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.LikeForLike is { } pair ? (pair.Current, pair.Previous) : (tile.Value, tile.Previous);
    }

    /// <summary>
    /// "▲ +12" / "▼ -1.5 pp" coloured by the tile's direction; "new" when only this period has a value;
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
        var delta = currentValue!.Value - previousValue!.Value;
        var arrow = delta > 0 ? "▲ " : delta < 0 ? "▼ " : "";
        var unit = KpiUnits.Unit(tile.Column);
        var text = arrow + KpiFormat.Change(tile.Column, previous, current) + (unit.Length > 0 ? " " + unit : "");
        return (text, Tone(tile.Direction, delta));
    }

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
