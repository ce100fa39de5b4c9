using ScottPlot;
using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>
/// Places ScottPlot charts side by side in a row of equal slots. Each chart is drawn straight onto the PDF
/// page canvas, so it stays vector; the plot is created when the page is drawn and disposed right after.
/// </summary>
public static class ChartSlots
{
    private const float Gap = 14;

    public static void ChartRow(this PageFlow flow, float height, params Func<Plot>[] charts)
    {
        if (charts.Length == 0)
        {
            return;
        }
        var width = (flow.Width - (Gap * (charts.Length - 1))) / charts.Length;
        flow.Place(height + Gap, (canvas, box) =>
        {
            for (var i = 0; i < charts.Length; i++)
            {
                var left = box.Left + (i * (width + Gap));
                DrawChart(canvas, new SKRect(left, box.Top, left + width, box.Top + height), charts[i]);
            }
        });
    }

    private static void DrawChart(SKCanvas canvas, SKRect slot, Func<Plot> create)
    {
        using var plot = create();
        canvas.Save();
        canvas.Translate(slot.Left, slot.Top);
        canvas.ClipRect(new SKRect(0, 0, slot.Width, slot.Height));
        plot.Render(canvas, new PixelRect(0, slot.Width, slot.Height, 0));
        canvas.Restore();
    }
}
