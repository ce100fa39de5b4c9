using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Tests.Warehouse;

/// <summary>
/// Sql.WithLiterals writes values into a statement as literals (for arguments DuckDB should fold as constants): what
/// DuckDB reads back must be exactly the value, whatever the text holds.
/// </summary>
public sealed class SqlLiteralsTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("x'); DROP TABLE tickets; --")]
    [InlineData("$other and \\' backslash")]
    [InlineData("Запрос «долгая доставка»")]
    public void A_string_comes_back_as_written(string text)
    {
        using var db = WarehouseDb.OpenInMemory(new AnalyticsSettings());
        var sql = Sql.WithLiterals("SELECT $text", new Dictionary<string, object?> { ["text"] = text });
        Assert.Equal(text, db.Scalar<string>(sql));
        Assert.Equal(0L, db.Scalar<long>("SELECT count(*) FROM tickets")); // still there
    }

    [Fact]
    public void Dates_nulls_numbers_and_lists_come_back_typed()
    {
        using var db = WarehouseDb.OpenInMemory(new AnalyticsSettings());
        var sql = Sql.WithLiterals(
            "SELECT $day = DATE '2026-03-29', $none IS NULL, $count + 1, list_contains($names, 'b''c'), len($names)",
            new Dictionary<string, object?> { ["day"] = new DateOnly(2026, 3, 29), ["none"] = null, ["count"] = 41, ["names"] = new List<string> { "a", "b'c" } });
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.GetBoolean(0));
        Assert.True(reader.GetBoolean(1));
        Assert.Equal(42, Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(reader.GetBoolean(3));
        Assert.Equal(2, Convert.ToInt64(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A name in a comment, a string or a quoted identifier is text, not a parameter: a value written into a `--`
    /// comment would end the comment at its first line break, and the rest of the value would run as SQL.
    /// </summary>
    [Fact]
    public void Names_in_comments_strings_and_quoted_identifiers_are_left_as_they_are()
    {
        using var db = WarehouseDb.OpenInMemory(new AnalyticsSettings());
        var hostile = "Billing\nCREATE TABLE pwned AS SELECT 42 AS v; --";
        var sql = Sql.WithLiterals(
            "-- the category $category, quoted\n/* again: $category */ SELECT $category AS \"$category\", '$category' AS written, $on AND true",
            new Dictionary<string, object?> { ["category"] = hostile, ["on"] = true });
        using (var command = db.Create(sql))
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal("$category", reader.GetName(0));
            Assert.Equal(hostile, reader.GetString(0));
            Assert.Equal("$category", reader.GetString(1));
            Assert.True(reader.GetBoolean(2));
        }
        Assert.Equal(0L, db.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'pwned'"));
        Assert.Contains("-- the category $category, quoted\n", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_without_a_value_is_an_error_not_left_in()
    {
        var error = Assert.Throws<ArgumentException>(() => Sql.WithLiterals("SELECT $a, $b", new Dictionary<string, object?> { ["a"] = 1 }));
        Assert.Contains("$b", error.Message, StringComparison.Ordinal);
    }
}
