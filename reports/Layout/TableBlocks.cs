using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>A table column: its header, its share of the table width and how its cells align.</summary>
public sealed record TableColumn(string Header, float Weight, SKTextAlign Align = SKTextAlign.Left);

/// <summary>One cell's text, with an optional colour (e.g. a spike mark in red).</summary>
public sealed record TableCell(string Text, SKColor? Color = null, bool Bold = false)
{
    public static implicit operator TableCell(string text) => new(text);
}

/// <summary>Tables whose rows wrap within their column and break across pages, repeating the header row.</summary>
public static class TableBlocks
{
    private const float CellPad = 4;
    private const float RowPad = 3;

    /// <summary>The height of a table of single-line rows, to keep a heading together with a short table.</summary>
    public static float Height(int rows) =>
        Typography.TableHeader.LineHeight + (2 * RowPad) + (rows * (Typography.TableCell.LineHeight + (2 * RowPad)));

    /// <summary>A table as wide as <paramref name="share"/> of the content width, from the left margin.</summary>
    public static void Table(this PageFlow flow, IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<TableCell>> rows, float share = 1)
    {
        var widths = Widths(columns, flow.Width * share);
        var header = Typography.TableHeader;
        var headerHeight = header.LineHeight + (2 * RowPad);
        var laidRows = rows.Select(row => LayRow(row, widths)).ToList();
        var firstRow = laidRows.Count > 0 ? laidRows[0].Height : 0;
        flow.KeepSpace(headerHeight + firstRow);
        PlaceHeader(flow, columns, widths, headerHeight);
        for (var r = 0; r < laidRows.Count; r++)
        {
            var row = laidRows[r];
            if (row.Height > flow.Remaining)
            {
                flow.NewPage();
                PlaceHeader(flow, columns, widths, headerHeight);
            }
            var striped = r % 2 == 1;
            flow.Place(row.Height, (canvas, box) => DrawRow(canvas, box, columns, widths, row, striped));
        }
    }

    private static float[] Widths(IReadOnlyList<TableColumn> columns, float total)
    {
        var sum = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => total * c.Weight / sum)];
    }

    private sealed record LaidRow(IReadOnlyList<(IReadOnlyList<string> Lines, TextStyle Style)> Cells, float Height);

    private static LaidRow LayRow(IReadOnlyList<TableCell> row, float[] widths)
    {
        var cells = new List<(IReadOnlyList<string>, TextStyle)>();
        var lines = 1;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Count ? row[c] : new TableCell("");
            var style = Typography.TableCell;
            style = cell.Bold ? style.AsBold() : style;
            style = cell.Color is { } color ? style.WithColor(color) : style;
            var wrapped = style.Wrap(cell.Text, widths[c] - (2 * CellPad));
            lines = Math.Max(lines, wrapped.Count);
            cells.Add((wrapped, style));
        }
        return new LaidRow(cells, (lines * Typography.TableCell.LineHeight) + (2 * RowPad));
    }

    private static void PlaceHeader(PageFlow flow, IReadOnlyList<TableColumn> columns, float[] widths, float height) =>
        flow.Place(height, (canvas, box) =>
        {
            var x = box.Left;
            for (var c = 0; c < columns.Count; c++)
            {
                var style = Typography.TableHeader;
                canvas.DrawLine(style.Fit(columns[c].Header, widths[c] - (2 * CellPad)), AlignX(x, widths[c], columns[c].Align), box.Top + RowPad, style, columns[c].Align);
                x += widths[c];
            }
            using var rule = new SKPaint { Color = Palette.Muted, StrokeWidth = 0.7f };
            canvas.DrawLine(box.Left, box.Bottom, box.Left + widths.Sum(), box.Bottom, rule);
        });

    private static void DrawRow(SKCanvas canvas, SKRect box, IReadOnlyList<TableColumn> columns, float[] widths, LaidRow row, bool striped)
    {
        if (striped)
        {
            using var fill = new SKPaint { Color = Palette.Stripe };
            canvas.DrawRect(new SKRect(box.Left, box.Top, box.Left + widths.Sum(), box.Bottom), fill);
        }
        var x = box.Left;
        for (var c = 0; c < columns.Count; c++)
        {
            var (lines, style) = row.Cells[c];
            for (var l = 0; l < lines.Count; l++)
            {
                var top = box.Top + RowPad + (l * Typography.TableCell.LineHeight);
                canvas.DrawLine(lines[l], AlignX(x, widths[c], columns[c].Align), top, style, columns[c].Align);
            }
            x += widths[c];
        }
        using var rule = new SKPaint { Color = Palette.Rule, StrokeWidth = 0.4f };
        canvas.DrawLine(box.Left, box.Bottom, box.Left + widths.Sum(), box.Bottom, rule);
    }

    private static float AlignX(float left, float width, SKTextAlign align) => align switch
    {
        SKTextAlign.Right => left + width - CellPad,
        SKTextAlign.Center => left + (width / 2),
        _ => left + CellPad,
    };
}
