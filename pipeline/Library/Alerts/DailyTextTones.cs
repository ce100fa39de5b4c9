using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>Texts whose tone is known, and how many of them are labelled negative: of one day, or summed over days.</summary>
public readonly record struct TextTones(int Texts, int Negative)
{
    /// <summary>The share of them labelled negative, 0 to 1 (0 without texts).</summary>
    public double Share => Texts == 0 ? 0 : (double)Negative / Texts;

    public static TextTones operator +(TextTones a, TextTones b) => new(a.Texts + b.Texts, a.Negative + b.Negative);

    /// <summary>The sum (the operator's named alternative).</summary>
    public static TextTones Add(TextTones a, TextTones b) => a + b;
}

/// <summary>
/// The texts per local day and category up to a day, and the negative ones among them (queries/alerts/daily_text_tones.sql,
/// read once per run): what the negative-share check judges (docs/alerts.md, "Negative share").
/// </summary>
public sealed class DailyTextTones
{
    private DailyTextTones(Dictionary<string, IReadOnlyDictionary<DateOnly, TextTones>> byCategory)
    {
        ByCategory = byCategory;
        Days = [.. byCategory.Values.SelectMany(h => h.Keys).Distinct().Order()];
        FirstDays = byCategory.ToDictionary(c => c.Key, c => c.Value.Keys.Min(), StringComparer.Ordinal);
    }

    /// <summary>Per category, local date → texts and negative texts; only dates with texts are present.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, TextTones>> ByCategory { get; }

    /// <summary>The local dates with texts in any category, in order.</summary>
    public IReadOnlyList<DateOnly> Days { get; }

    /// <summary>Each category's first date with texts.</summary>
    public IReadOnlyDictionary<string, DateOnly> FirstDays { get; }

    /// <summary>The rows of every local day up to <paramref name="to"/>.</summary>
    public static DailyTextTones Read(DuckDBConnection db, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.Query<Row>(SqlFiles.Read("alerts/daily_text_tones.sql"), new { to, no_category = DailyCategoryCounts.NoCategory });
        return From(rows.Select(r => (r.Day, r.Category, new TextTones(r.Texts, r.Negative))));
    }

    /// <summary>Tones from rows of (day, category, tones), as the query gives them (a test builds them by hand).</summary>
    public static DailyTextTones From(IEnumerable<(DateOnly Day, string Category, TextTones Tones)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byCategory = new Dictionary<string, Dictionary<DateOnly, TextTones>>(StringComparer.Ordinal);
        foreach (var (day, category, tones) in rows)
        {
            if (!byCategory.TryGetValue(category, out var days))
            {
                byCategory[category] = days = [];
            }
            days[day] = days.GetValueOrDefault(day) + tones;
        }
        return new DailyTextTones(byCategory.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<DateOnly, TextTones>)c.Value, StringComparer.Ordinal));
    }

    private sealed record Row(DateOnly Day, string Category, int Texts, int Negative);
}
