using ScottPlot;
using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>
/// The report's fonts: DejaVu Sans regular and bold, embedded in this assembly (Latin and Cyrillic), used for
/// every glyph on the page, charts included. Nothing is looked up among the machine's fonts, so a fresh
/// machine renders the same PDF; a missing resource is a build mistake and throws.
/// </summary>
public static class ReportFonts
{
    /// <summary>The name charts ask ScottPlot for; resolved by <see cref="EmbeddedFontResolver"/> only.</summary>
    public const string ChartFamily = "Report DejaVu Sans";

    private static readonly Lazy<SKData> RegularData = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKData> BoldData = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Create(RegularData.Value));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Create(BoldData.Value));
    private static readonly Lock RegistrationLock = new();
    private static bool ChartFontRegistered;

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>
    /// The same typeface instances the text uses: ScottPlot caches what its resolvers return (it never disposes
    /// them), and one instance per face lets the PDF embed each font once rather than once for text and once for charts.
    /// </summary>
    internal static SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    /// <summary>Puts the embedded font first among ScottPlot's resolvers, once per process.</summary>
    public static void RegisterForCharts()
    {
        lock (RegistrationLock)
        {
            if (ChartFontRegistered)
            {
                return;
            }
            Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            ChartFontRegistered = true;
        }
    }

    private static SKData Load(string file)
    {
        var name = "Analytics.Reports.Fonts." + file;
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report font {name} is not embedded in {typeof(ReportFonts).Assembly.GetName().Name}.");
        return SKData.Create(stream);
    }

    private static SKTypeface Create(SKData data) =>
        SKTypeface.FromData(data) ?? throw new InvalidOperationException("An embedded report font could not be read.");
}
