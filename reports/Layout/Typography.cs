namespace Analytics.Reports.Layout;

/// <summary>Every text style of the report, in one place.</summary>
public static class Typography
{
    public static TextStyle Title => new(20, true, Palette.Ink);
    public static TextStyle Subtitle => new(10, false, Palette.Ink);
    public static TextStyle SectionTitle => new(14, true, Palette.Accent);
    public static TextStyle SubHeading => new(10, true, Palette.Ink);
    public static TextStyle Body => new(9, false, Palette.Ink);
    public static TextStyle Note => new(9, false, Palette.Muted);
    public static TextStyle Banner => new(9, false, Palette.Ink);
    public static TextStyle Caption => new(7.5f, false, Palette.Muted);
    public static TextStyle TileLabel => new(7.5f, false, Palette.Muted);
    public static TextStyle TileValue => new(16, true, Palette.Ink);
    public static TextStyle TileUnit => new(8, false, Palette.Muted);
    public static TextStyle TileChange => new(7.5f, true, Palette.Neutral);
    public static TextStyle TileFootnote => new(7, false, Palette.Muted);
    public static TextStyle TableHeader => new(7.5f, true, Palette.Muted);
    public static TextStyle TableCell => new(8, false, Palette.Ink);
    public static TextStyle PageHeader => new(7.5f, false, Palette.Muted);
    public static TextStyle PageFooter => new(7.5f, false, Palette.Muted);
}
