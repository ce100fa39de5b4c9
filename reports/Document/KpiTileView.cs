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

    /// <summary>
    /// "▲ +12" / "▼ -1.5 pp" coloured by the tile's direction; "new" when only this period has a value;
    /// the previous value when only the previous period had one; nothing when neither had any.
    /// </summary>
    public static (string Text, ChangeTone Tone) Change(KpiTile tile)
    {
        var current = KpiUnits.Boxed(tile.Column, tile.Value);
        var previous = KpiUnits.Boxed(tile.Column, tile.Previous);
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
        var delta = tile.Value!.Value - tile.Previous!.Value;
        var arrow = delta > 0 ? "▲ " : delta < 0 ? "▼ " : "";
        var unit = KpiUnits.Unit(tile.Column);
        var text = arrow + KpiFormat.Change(tile.Column, previous, current) + (unit.Length > 0 ? " " + unit : "");
        return (text, Tone(tile.Direction, delta));
    }

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
