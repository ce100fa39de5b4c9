using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>What a KPI tile shows, already formatted: the layout only places it.</summary>
/// <param name="Change">e.g. "▲ +12" or "new"; empty for nothing.</param>
/// <param name="Footnote">e.g. "target ≤ 60.0 min"; empty for nothing.</param>
public sealed record TileView(string Label, string Value, string Unit, string Change, SKColor ChangeColor, string Footnote);

/// <summary>KPI tiles in rows of equal boxes.</summary>
public static class TileGrid
{
    private const float TileHeight = 75;
    private const float Gap = 8;

    public static void Tiles(this PageFlow flow, IReadOnlyList<TileView> tiles, int perRow = 5)
    {
        var width = (flow.Width - (Gap * (perRow - 1))) / perRow;
        foreach (var row in tiles.Chunk(perRow))
        {
            flow.Place(TileHeight + Gap, (canvas, box) =>
            {
                for (var i = 0; i < row.Length; i++)
                {
                    var left = box.Left + (i * (width + Gap));
                    DrawTile(canvas, new SKRect(left, box.Top, left + width, box.Top + TileHeight), row[i]);
                }
            });
        }
    }

    private static void DrawTile(SKCanvas canvas, SKRect box, TileView tile)
    {
        using (var fill = new SKPaint { Color = Palette.Panel, IsAntialias = true })
        {
            canvas.DrawRoundRect(box, 4, 4, fill);
        }
        const float pad = 7;
        var inner = box.Width - (2 * pad);
        var x = box.Left + pad;
        canvas.DrawLine(Typography.TileLabel.Fit(tile.Label, inner), x, box.Top + pad, Typography.TileLabel);

        var valueTop = box.Top + pad + 12;
        canvas.DrawLine(tile.Value, x, valueTop, Typography.TileValue);
        if (tile.Unit.Length > 0)
        {
            var valueWidth = Typography.TileValue.Measure(tile.Value);
            canvas.DrawLine(tile.Unit, x + valueWidth + 2, valueTop + 7, Typography.TileUnit);
        }
        if (tile.Change.Length > 0)
        {
            var style = Typography.TileChange.WithColor(tile.ChangeColor);
            canvas.DrawLine(style.Fit(tile.Change, inner), x, valueTop + 23, style);
        }
        var top = valueTop + 34;
        foreach (var line in FootnoteLines(tile.Footnote, inner))
        {
            canvas.DrawLine(line, x, top, Typography.TileFootnote);
            top += Typography.TileFootnote.LineHeight;
        }
    }

    /// <summary>
    /// The footnote's parts ("n = 805 · calendar hours · target ≤ 60.0 min") on as few lines as fit the tile, broken
    /// between parts, at most <see cref="FootnoteLineCount"/>; a part wider than the tile is shortened.
    /// </summary>
    public static IReadOnlyList<string> FootnoteLines(string footnote, float width)
    {
        var lines = new List<string>();
        foreach (var part in footnote.Split(" · ", StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && Typography.TileFootnote.Measure(lines[^1] + " · " + part) <= width)
            {
                lines[^1] += " · " + part;
            }
            else
            {
                lines.Add(part);
            }
        }
        return [.. lines.Take(FootnoteLineCount).Select(l => Typography.TileFootnote.Fit(l, width))];
    }

    /// <summary>Lines a tile has room for under its change.</summary>
    public const int FootnoteLineCount = 2;
}
