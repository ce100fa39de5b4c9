using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Tests.Warehouse;

/// <summary>Rows read as records by column name, with the conversions the warehouse's types need.</summary>
public sealed class TypedRowsTests : IDisposable
{
    private readonly DuckDBConnection _db = new("DataSource=:memory:");

    public TypedRowsTests() => _db.Open();

    public void Dispose() => _db.Dispose();

    private sealed record Row(string Category, DateOnly Day, AlertState State, DateTimeOffset? NotifiedAt, long Rows, string? Held, int Days = 1);

    [Fact]
    public void Each_column_goes_to_the_parameter_of_its_name_converted_to_its_type()
    {
        var rows = _db.Query<Row>("""
            SELECT 'Payments' AS category, DATE '2026-10-28' AS day, 'feed-stopped' AS state,
                   TIMESTAMPTZ '2026-10-29 07:00:00+00' AS notified_at, sum(x)::HUGEINT AS rows, NULL AS held
            FROM (VALUES (2), (3)) t(x)
            UNION ALL
            SELECT 'Billing', '2026-10-27', 'resolved', NULL, 0, 'cooldown'
            ORDER BY day
            """);

        Assert.Equal(
            [
                new Row("Billing", new DateOnly(2026, 10, 27), AlertState.Resolved, null, 0, "cooldown"),
                new Row("Payments", new DateOnly(2026, 10, 28), AlertState.FeedStopped, new DateTimeOffset(2026, 10, 29, 7, 0, 0, TimeSpan.Zero), 5, null),
            ],
            rows);
    }

    [Fact]
    public void A_column_without_a_parameter_is_an_error_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _db.Query<Row>(
            "SELECT 'a' AS category, DATE '2026-01-01' AS day, 'firing' AS state, NULL AS notified_at, 1 AS rows, NULL AS held, 2 AS days, 'x' AS why"));
        Assert.Equal("Row has no parameter for the column(s) why", error.Message);
    }

    [Fact]
    public void A_parameter_without_a_column_or_a_default_is_an_error_naming_the_column()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _db.Query<Row>("SELECT 'a' AS category"));
        Assert.Equal("Row.Day: the query has no column day", error.Message);
    }

    [Theory]
    [InlineData("PValue", "p_value")]
    [InlineData("NextAttemptAt", "next_attempt_at")]
    [InlineData("Key", "key")]
    public void A_parameter_name_is_its_column_in_snake_case(string parameter, string column) =>
        Assert.Equal(column, TypedRows.ColumnOf(parameter));

    [Fact]
    public void A_null_for_a_parameter_that_cannot_be_null_is_an_error_naming_the_column()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _db.Query<Row>(
            "SELECT NULL AS category, DATE '2026-01-01' AS day, 'firing' AS state, NULL AS notified_at, 1 AS rows, NULL AS held"));
        Assert.Equal("Row.Category: column category is NULL", error.Message);
        var day = Assert.Throws<InvalidOperationException>(() => _db.Query<Row>(
            "SELECT 'a' AS category, NULL::DATE AS day, 'firing' AS state, NULL AS notified_at, 1 AS rows, NULL AS held"));
        Assert.Equal("Row.Day: column day is NULL", day.Message);
    }

    [Fact]
    public void A_text_that_is_not_in_the_closed_set_says_so_unwrapped()
    {
        var error = Assert.Throws<FormatException>(() => _db.Query<Row>(
            "SELECT 'a' AS category, DATE '2026-01-01' AS day, 'exploded' AS state, NULL AS notified_at, 1 AS rows, NULL AS held"));
        Assert.StartsWith("'exploded' is not one of firing, escalated", error.Message, StringComparison.Ordinal);
    }
}
