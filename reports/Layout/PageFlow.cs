using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Something placed on a page: its box and how it draws itself there.</summary>
public sealed record PlacedBlock(SKRect Box, Action<SKCanvas, SKRect> Draw);

/// <summary>
/// Lays blocks top to bottom into pages, starting a new page when a block does not fit. Layout happens
/// here, before anything is drawn, so the page count is known when footers say "page N of M".
/// </summary>
public sealed class PageFlow
{
    private readonly List<List<PlacedBlock>> _pages = [[]];
    private float _used;

    public static SKRect Content => PageGeometry.Content;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "The width of this flow's column, as callers ask it of the flow they lay out into.")]
    public float Width => Content.Width;

    public float Remaining => Content.Height - _used;

    public bool AtPageTop => _used == 0;

    public IReadOnlyList<IReadOnlyList<PlacedBlock>> Pages => _pages;

    /// <summary>Places a block of the given height, on a new page if it does not fit on this one.</summary>
    public void Place(float height, Action<SKCanvas, SKRect> draw)
    {
        KeepSpace(height);
        var top = Content.Top + _used;
        _pages[^1].Add(new PlacedBlock(new SKRect(Content.Left, top, Content.Right, top + height), draw));
        _used += height;
    }

    /// <summary>Vertical space between blocks; none at the top of a page.</summary>
    public void Gap(float height)
    {
        if (!AtPageTop)
        {
            _used = Math.Min(_used + height, Content.Height);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (keeps a heading with what follows it).</summary>
    public void KeepSpace(float height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        _pages.Add([]);
        _used = 0;
    }
}
