using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>What every page carries around its content: a header line and a footer with the page number.</summary>
/// <param name="HeaderLeft">e.g. the report title.</param>
/// <param name="HeaderRight">e.g. the period label.</param>
/// <param name="FooterText">e.g. "2026-W46 · Europe/Berlin"; the footer adds "· page N of M".</param>
public sealed record PageFrame(string HeaderLeft, string HeaderRight, string FooterText)
{
    public string Footer(int page, int pageCount) => $"{FooterText} · page {page} of {pageCount}";

    public void Draw(SKCanvas canvas, int page, int pageCount)
    {
        var left = PageGeometry.Margin;
        var right = PageGeometry.Width - PageGeometry.Margin;
        var headerTop = PageGeometry.Margin;
        var style = Typography.PageHeader;
        canvas.DrawLine(HeaderLeft, left, headerTop, style);
        canvas.DrawLine(HeaderRight, right, headerTop, style, SKTextAlign.Right);
        var ruleY = headerTop + style.LineHeight + 3;
        using var rule = new SKPaint { Color = Palette.Rule, StrokeWidth = 0.6f, IsAntialias = true };
        canvas.DrawLine(left, ruleY, right, ruleY, rule);

        var footerRule = PageGeometry.Height - PageGeometry.Margin - Typography.PageFooter.LineHeight - 5;
        canvas.DrawLine(left, footerRule, right, footerRule, rule);
        canvas.DrawLine(Footer(page, pageCount), (left + right) / 2, footerRule + 5, Typography.PageFooter, SKTextAlign.Center);
    }
}
