using System.Globalization;
using Analytics.Pipeline.SampleData;

namespace Analytics.Tests.SampleData;

/// <summary>The same options give byte-identical files whatever the culture; another seed gives other data.</summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly SampleDataOptions Options = new() { Tickets = 3000, Weeks = 8, Seed = 42 };
    private readonly string _root = Directory.CreateTempSubdirectory("sample-data-determinism-").FullName;

    [Fact]
    public void Same_seed_gives_identical_bytes_even_under_another_culture()
    {
        var first = Generate(Options, "a");
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var second = Generate(Options, "b");
            Assert.Equal(first.Keys, second.Keys);
            foreach (var (name, bytes) in first)
            {
                Assert.Equal(bytes, second[name]);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Another_seed_gives_other_data()
    {
        var first = Generate(Options, "a");
        var other = Generate(Options with { Seed = 43 }, "c");
        Assert.NotEqual(first["tickets.csv"], other["tickets.csv"]);
        Assert.NotEqual(first["surveys.csv"], other["surveys.csv"]);
        Assert.NotEqual(first["customers.csv"], other["customers.csv"]);
    }

    [Fact]
    public void Vendor_exports_are_deterministic_too()
    {
        foreach (var format in new[] { SampleDataFormat.Zendesk, SampleDataFormat.Freshdesk })
        {
            var a = Generate(Options with { Format = format }, format + "-a");
            var b = Generate(Options with { Format = format }, format + "-b");
            Assert.Single(a);
            Assert.Equal(a.Values.Single(), b.Values.Single());
        }
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SampleDataGenerator.Generate(Options with { Tickets = 0 }, Path.Combine(_root, "bad")));
        Assert.Throws<ArgumentException>(() => SampleDataGenerator.Generate(Options with { Weeks = 0 }, Path.Combine(_root, "bad")));
        Assert.NotNull((Options with { End = new DateOnly(1900, 1, 1) }).Validate());
        Assert.Null(Options.Validate());
    }

    private Dictionary<string, byte[]> Generate(SampleDataOptions options, string folder)
    {
        var manifest = SampleDataGenerator.Generate(options, Path.Combine(_root, folder));
        return manifest.Files.ToDictionary(f => Path.GetFileName(f.Path), f => File.ReadAllBytes(f.Path));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
