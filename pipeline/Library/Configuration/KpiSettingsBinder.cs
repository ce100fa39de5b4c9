using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Analytics.Pipeline.Configuration;

/// <summary>Binds and checks the "BusinessHours", "Sla" and "Roi" sections; every error names its key.</summary>
public static class KpiSettingsBinder
{
    private static readonly string[] DayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public static BusinessHoursSettings BusinessHours(IConfiguration root, string reportingTimeZone)
    {
        var section = root.GetSection("BusinessHours");
        var windows = new List<BusinessWindow>();
        foreach (var day in Children(section.GetSection("Week"), "a table of days, like {\"Mon\": [\"09:00-18:00\"]}"))
        {
            var weekday = Array.FindIndex(DayNames, d => d.Equals(day.Key, StringComparison.OrdinalIgnoreCase)) + 1;
            if (weekday == 0)
            {
                throw new ConfigurationException($"BusinessHours:Week:{day.Key}: not a day; use {string.Join(", ", DayNames)}");
            }
            var values = day.GetChildren().Select(c => (Key: c.Path, c.Value)).ToList();
            if (values.Count == 0 && day.Value is not null)
            {
                values.Add((day.Path, day.Value));
            }
            windows.AddRange(values.Select(v => Window(v.Key, weekday, v.Value ?? "")));
        }
        CheckNoOverlap(windows);
        return new BusinessHoursSettings
        {
            TimeZone = SettingsValidation.TimeZone(section, "TimeZone", reportingTimeZone, "BusinessHours:TimeZone"),
            FollowsReportingZone = section["TimeZone"] is null,
            Windows = windows.OrderBy(w => w.Weekday).ThenBy(w => w.OpensMinute).ToList(),
            Holidays = Children(section.GetSection("Holidays"), "a list of dates, like [\"2026-12-25\"]").Select(c => Date(c.Path, c.Value)).Distinct().Order().ToList(),
        };
    }

    public static SlaSettings Sla(IConfiguration root)
    {
        var section = root.GetSection("Sla");
        var targets = new Dictionary<string, double>();
        foreach (var target in Children(section.GetSection("FirstResponseMinutes"), "a table of priorities, like {\"urgent\": 60}"))
        {
            var priority = target.Key.ToLowerInvariant();
            if (!Priorities.Contains(priority))
            {
                throw new ConfigurationException($"{target.Path}: '{target.Key}' is not a priority; use {string.Join(", ", Priorities)}");
            }
            targets[priority] = Number(target.Path, target.Value, min: 0, exclusiveMin: true);
        }
        return new SlaSettings
        {
            FirstResponseMinutes = targets,
            BusinessHours = Boolean("Sla:BusinessHours", section["BusinessHours"], fallback: true),
        };
    }

    public static RoiSettings Roi(IConfiguration root)
    {
        var section = root.GetSection("Roi");
        var initiatives = Children(section.GetSection("Initiatives"), "a list of initiatives, like [{\"Name\": ..., \"Start\": ..., \"Cost\": ...}]").Select(i => new RoiInitiative(
            i["Name"] is { Length: > 0 } name ? name : throw new ConfigurationException($"{i.Path}:Name is required"),
            Date($"{i.Path}:Start", i["Start"] ?? throw new ConfigurationException($"{i.Path}:Start is required (YYYY-MM-DD)")),
            Number($"{i.Path}:Cost", i["Cost"] ?? throw new ConfigurationException($"{i.Path}:Cost is required"), min: 0, exclusiveMin: true))).ToList();
        var weeks = section["WindowWeeks"] is { } w ? Number("Roi:WindowWeeks", w, min: 1) : 8;
        if (weeks != Math.Floor(weeks) || weeks > 104)
        {
            throw new ConfigurationException($"Roi:WindowWeeks: '{section["WindowWeeks"]}' is not a whole number of weeks from 1 to 104");
        }
        return new RoiSettings
        {
            CostPerTicket = section["CostPerTicket"] is { } c ? Number("Roi:CostPerTicket", c, min: 0) : 0,
            RevenuePerCustomerMonth = section["RevenuePerCustomerMonth"] is { } r ? Number("Roi:RevenuePerCustomerMonth", r, min: 0) : 0,
            WindowWeeks = (int)weeks,
            Initiatives = initiatives,
        };
    }

    /// <summary>The entries of a list or table key; a single value where one belongs is an error, not nothing.</summary>
    private static IEnumerable<IConfigurationSection> Children(IConfigurationSection section, string expected)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0 && section.Value is { } single)
        {
            throw new ConfigurationException($"{section.Path}: '{single}' is not {expected}");
        }
        return children;
    }

    /// <summary>"09:00-18:00"; "22:00-06:00" runs over midnight; "24:00" is allowed as a closing time.</summary>
    private static BusinessWindow Window(string key, int weekday, string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && Minute(parts[0]) is { } opens && opens < 1440 && Minute(parts[1]) is { } closes && closes != opens)
        {
            return new BusinessWindow(weekday, opens, closes == 1440 && opens == 0 ? 1440 : closes % 1440);
        }
        throw new ConfigurationException($"{key}: '{text}' is not an opening window like 09:00-18:00 (HH:MM-HH:MM, start and end different)");
    }

    private static int? Minute(string text) =>
        text.Length == 5 && text[2] == ':'
        && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
        && int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && m < 60 && (h < 24 || (h == 24 && m == 0))
            ? h * 60 + m
            : null;

    /// <summary>Windows must not overlap anywhere in the week (an overnight window reaches into the next day).</summary>
    private static void CheckNoOverlap(List<BusinessWindow> windows)
    {
        const int week = 7 * 1440;
        var spans = windows.Select(w => (Window: w, Start: (w.Weekday - 1) * 1440 + w.OpensMinute)).ToList();
        foreach (var a in spans)
        {
            foreach (var b in spans.Where(b => !ReferenceEquals(a.Window, b.Window)))
            {
                var offset = ((b.Start - a.Start) % week + week) % week;
                if (offset < a.Window.Minutes)
                {
                    throw new ConfigurationException(
                        $"BusinessHours:Week:{DayNames[b.Window.Weekday - 1]}: window {Format(b.Window)} overlaps {DayNames[a.Window.Weekday - 1]} {Format(a.Window)}");
                }
            }
        }
    }

    private static string Format(BusinessWindow w) => $"{w.OpensMinute / 60:00}:{w.OpensMinute % 60:00}-{w.ClosesMinute / 60:00}:{w.ClosesMinute % 60:00}";

    private static DateOnly Date(string key, string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConfigurationException($"{key}: '{text}' is not a date (YYYY-MM-DD)");

    private static double Number(string key, string? text, double min, bool exclusiveMin = false) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value) && (exclusiveMin ? value > min : value >= min)
            ? value
            : throw new ConfigurationException($"{key}: '{text}' is not a number {(exclusiveMin ? "above" : "of at least")} {min.ToString(CultureInfo.InvariantCulture)}");

    private static bool Boolean(string key, string? text, bool fallback) =>
        text is null ? fallback
        : bool.TryParse(text, out var value) ? value
        : throw new ConfigurationException($"{key}: '{text}' is not true or false");
}
