using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Ingest.Mapping;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

public sealed class HeaderDetectionTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Theory]
    [InlineData("canonical/tickets.csv", "canonical", "tickets")]
    [InlineData("canonical/tickets.jsonl", "canonical", "tickets")]
    [InlineData("canonical/surveys.csv", "canonical", "surveys")]
    [InlineData("canonical/customers.csv", "canonical", "customers")]
    [InlineData("canonical/ticket_events.csv", "canonical", "ticket_events")]
    [InlineData("zendesk/tickets.csv", "zendesk", "tickets")]
    [InlineData("freshdesk/tickets.csv", "freshdesk", "tickets")]
    [InlineData("servicenow/incident_event_log.csv", "servicenow", "tickets")]
    public void The_header_decides_vendor_and_kind(string fixture, string vendor, string kind)
    {
        var result = _w.Ingest(Fixtures.Path(fixture));

        Assert.Equal((vendor, kind), (result.Vendor, result.Kind.Name));
    }

    [Fact]
    public void An_unknown_header_is_an_error_naming_the_columns_expected()
    {
        var ex = Assert.Throws<UserInputException>(() => _w.Ingest(Fixtures.Path("unknown/orders.csv")));

        Assert.Contains("orders.csv: header not recognised", ex.Message, StringComparison.Ordinal);
        Assert.Contains("found columns: id, name, amount", ex.Message, StringComparison.Ordinal);
        Assert.Contains("canonical tickets: columns ticket_id, created_at", ex.Message, StringComparison.Ordinal);
        Assert.Contains("zendesk tickets: columns Id, Created at", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, _w.Scalar<long>("SELECT count(*) FROM ingest_log"));
    }

    [Fact]
    public void A_forced_vendor_that_does_not_fit_the_header_is_an_error()
    {
        var ex = Assert.Throws<UserInputException>(() =>
            _w.Ingest(Fixtures.Path("canonical/tickets.csv"), new IngestOptions { Vendor = Vendors.Zendesk }));

        Assert.Contains("not recognised as a zendesk export", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mapping_names_only_canonical_columns_and_known_macros()
    {
        var macros = System.Text.RegularExpressions.Regex.Matches(
                Analytics.Pipeline.Warehouse.SqlFiles.Read("ingest/macros.sql"), @"MACRO (\w+)\(")
            .Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(MappingCatalog.All);
        foreach (var mapping in MappingCatalog.All)
        {
            foreach (var output in mapping.Derived.Select(d => (Kind: d.Kind, Columns: d.Columns, When: d.When)).Prepend((Kind: mapping.Kind, Columns: mapping.Columns, When: (ColumnSource?)null)))
            {
                var kind = output.Kind;
                Assert.All(output.Columns.Keys, c => Assert.Contains(c, kind.Columns));
                foreach (var source in output.Columns.Values.Append(output.When).OfType<ColumnSource>())
                {
                    if (source.Via is not null)
                    {
                        Assert.Contains(source.Via, macros);
                    }
                }
            }
        }
    }
}
