using Analytics.Tests.Support;

namespace Analytics.Tests.RealExports;

/// <summary>The fixture keeps the promises the acceptance tests rely on: the real export's shape, and no spike in it.</summary>
public sealed class ZendeskExportFixtureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zendesk-fixture-").FullName;

    private ZendeskExport Write(string name, ZendeskExportFixture? fixture = null) =>
        (fixture ?? new ZendeskExportFixture()).Write(Path.Combine(_folder, name));

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_the_category_column_changes_nothing_else()
    {
        var a = Write("a.csv");
        var b = Write("b.csv");
        var c = Write("c.csv", new ZendeskExportFixture { WithCategories = true });

        Assert.Equal(File.ReadAllBytes(a.Path), File.ReadAllBytes(b.Path));
        Assert.Equal(string.Join(',', ZendeskExportFixture.Columns), File.ReadLines(a.Path).First());
        Assert.Equal(string.Join(',', ZendeskExportFixture.Columns) + "," + ZendeskExportFixture.CategoryColumn, File.ReadLines(c.Path).First());
        Assert.All(a.Rows, r => Assert.Null(r.Category));
        Assert.Equal(a.Rows, c.Rows.Select(r => r with { Category = null }));
        Assert.Contains(c.Rows, r => r.Category is null);
        Assert.Equal(ZendeskExportFixture.Categories.Count, c.Rows.Select(r => r.Category).OfType<string>().Distinct().Count());
    }

    [Fact]
    public void The_export_is_shaped_like_the_real_one()
    {
        var rows = Write("zendesk.csv").Rows;

        Assert.Equal(16_476, rows.Count);
        Assert.True(rows.Min(r => r.CreatedAt) >= new DateTime(2023, 4, 1));
        Assert.True(rows.Max(r => r.CreatedAt) < new DateTime(2023, 6, 1));
        Assert.InRange(rows.Count(r => r.CreatedAt < new DateTime(2023, 4, 1, 5, 30, 0)), 1, 12);
        var solved = rows.Where(r => r.IsSolved).ToList();
        Assert.InRange(1.0 * solved.Count(r => r.Replies == 0) / solved.Count, 0.20, 0.24);
        Assert.InRange(1.0 * solved.Count(r => r.Replies == 1) / solved.Count, 0.48, 0.52);
        Assert.InRange(1.0 * solved.Count(r => r.Reopens == 0) / solved.Count, 0.88, 0.92);
        Assert.All(rows, r => Assert.Equal(r.IsSolved, r.SolvedAt is not null));
        Assert.All(rows, r => Assert.Equal(r.Replies >= 1, r.FirstReplyBusinessMinutes is not null));
        Assert.All(rows.Where(r => r.SolvedAt is not null), r => Assert.True(r.CreatedAt <= r.SolvedAt && r.SolvedAt <= r.UpdatedAt, $"ticket {r.Id}"));
        Assert.Contains(rows, r => r.SolvedAtText == ZendeskExportFixture.NeverSolved);
        Assert.Contains(rows, r => !r.IsSolved && r.SolvedAtText == "");
        Assert.True(rows.Count(r => !r.IsSolved && r.CreatedAt < new DateTime(2023, 5, 24)) < 0.02 * rows.Count, "unsolved tickets are mostly of the last week");
    }

    /// <summary>No day is more than 3 standard deviations (Poisson's) off its weekday's level: no spike, no dip.</summary>
    [Fact]
    public void Every_day_is_near_its_weekdays_level()
    {
        var fixture = new ZendeskExportFixture();
        var rows = Write("zendesk.csv", fixture).Rows;
        var days = rows.GroupBy(r => DateOnly.FromDateTime(r.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());

        // 61 days: 43 weekdays at level L and 18 weekend days at 0.4 L, so L = 16,476 / (43 + 18 * 0.4) = 328.2
        var weekday = fixture.Tickets / (43 + 18 * fixture.WeekendShare);
        Assert.Equal(61, days.Count);
        foreach (var (day, count) in days)
        {
            var level = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? fixture.WeekendShare * weekday : weekday;
            Assert.True(Math.Abs(count - level) <= 3 * Math.Sqrt(level), $"{day:yyyy-MM-dd ddd}: {count} tickets, level {level:0.0}");
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
