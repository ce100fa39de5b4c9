using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Text blocks for a <see cref="PageFlow"/>: headings, wrapped paragraphs, bullet lists.</summary>
public static class FlowText
{
    /// <summary>A section heading with a rule under it, kept on the same page as <paramref name="keepWith"/> points of what follows.</summary>
    public static void SectionHeading(this PageFlow flow, string title, float keepWith = 120)
    {
        var style = Typography.SectionTitle;
        var height = style.LineHeight + 8;
        flow.Gap(14);
        flow.KeepSpace(height + keepWith);
        flow.Place(height, (canvas, box) =>
        {
            canvas.DrawLine(title, box.Left, box.Top, style);
            using var rule = new SKPaint { Color = style.Color, StrokeWidth = 1.2f, IsAntialias = true };
            canvas.DrawLine(box.Left, box.Bottom - 3, box.Right, box.Bottom - 3, rule);
        });
        flow.Gap(6);
    }

    /// <summary>A smaller heading inside a section.</summary>
    public static void SubHeading(this PageFlow flow, string text, float keepWith = 60)
    {
        var style = Typography.SubHeading;
        flow.Gap(10);
        flow.KeepSpace(style.LineHeight + keepWith);
        flow.Place(style.LineHeight + 2, (canvas, box) => canvas.DrawLine(text, box.Left, box.Top, style));
    }

    /// <summary>Text wrapped to the content width; long paragraphs continue on the next page line by line.</summary>
    public static void Paragraph(this PageFlow flow, string text, TextStyle style, float indent = 0)
    {
        foreach (var line in style.Wrap(text, flow.Width - indent))
        {
            flow.Place(style.LineHeight, (canvas, box) => canvas.DrawLine(line, box.Left + indent, box.Top, style));
        }
    }

    public static void Bullets(this PageFlow flow, IEnumerable<string> items, TextStyle style)
    {
        const float indent = 12;
        foreach (var item in items)
        {
            var lines = style.Wrap(item, flow.Width - indent);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var first = i == 0;
                flow.Place(style.LineHeight, (canvas, box) =>
                {
                    if (first)
                    {
                        canvas.DrawLine("•", box.Left + 2, box.Top, style);
                    }
                    canvas.DrawLine(line, box.Left + indent, box.Top, style);
                });
            }
        }
    }

    /// <summary>
    /// A panel of notices with an amber bar at its left, for what the data cannot support (a stale feed, a
    /// partial period, sources left out): placed before the figures it qualifies, each notice a bullet.
    /// </summary>
    public static void Banner(this PageFlow flow, IReadOnlyList<string> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }
        const float pad = 6, bar = 3, indent = 12;
        var style = Typography.Banner;
        var items = notices.Select(n => style.Wrap(n, flow.Width - 2 * pad - bar - indent)).ToList();
        var height = items.Sum(lines => lines.Count) * style.LineHeight + 2 * pad;
        flow.Gap(4);
        flow.Place(height, (canvas, box) =>
        {
            using var panel = new SKPaint { Color = Palette.WarningPanel, IsAntialias = true };
            using var edge = new SKPaint { Color = Palette.Warning, IsAntialias = true };
            canvas.DrawRect(box, panel);
            canvas.DrawRect(new SKRect(box.Left, box.Top, box.Left + bar, box.Bottom), edge);
            var top = box.Top + pad;
            foreach (var lines in items)
            {
                canvas.DrawLine("•", box.Left + bar + pad, top, style);
                foreach (var line in lines)
                {
                    canvas.DrawLine(line, box.Left + bar + pad + indent, top, style);
                    top += style.LineHeight;
                }
            }
        });
        flow.Gap(4);
    }

    /// <summary>The one line a section or part shows when it has nothing to show.</summary>
    public static void NothingToShow(this PageFlow flow, string text) =>
        flow.Paragraph("Nothing to show: " + text, Typography.Note);
}
