using System.Text.RegularExpressions;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Ingest.Mapping;

/// <summary>The known export formats, and recognition of a file's format from its header.</summary>
public static class MappingCatalog
{
    public static IReadOnlyList<ExportMapping> All { get; } = SqlFiles.List("mappings")
        .Select(name => ExportMapping.Parse(Path.GetFileNameWithoutExtension(name), SqlFiles.Read(name)))
        .ToList();

    /// <summary>
    /// The mapping whose rule the header satisfies; when several do, the one that knows most of the header's
    /// columns. An unknown header, or a tie between formats, is an error naming what was expected.
    /// </summary>
    public static ExportMapping Detect(string path, IReadOnlyList<string> header, string vendor)
    {
        var candidates = All
            .Where(m => vendor == Vendors.Auto || string.Equals(m.Vendor, vendor, StringComparison.OrdinalIgnoreCase))
            .Where(m => Satisfies(m.Detect, header))
            .Select(m => (Mapping: m, Score: KnownColumns(m, header)))
            .OrderByDescending(c => c.Score)
            .ToList();

        if (candidates.Count == 0)
        {
            var expected = All
                .Where(m => vendor == Vendors.Auto || string.Equals(m.Vendor, vendor, StringComparison.OrdinalIgnoreCase))
                .Select(Describe);
            throw new UserInputException(
                $"{path}: header not recognised as {(vendor == Vendors.Auto ? "any known export" : "a " + vendor + " export")}.\n" +
                $"  found columns: {string.Join(", ", header)}\n" +
                $"  expected one of:\n    {string.Join("\n    ", expected)}");
        }
        if (candidates.Count > 1 && candidates[0].Score == candidates[1].Score && candidates[0].Mapping.Kind != candidates[1].Mapping.Kind)
        {
            throw new UserInputException(
                $"{path}: header fits both {candidates[0].Mapping.Name} and {candidates[1].Mapping.Name}; pass --source to choose");
        }
        return candidates[0].Mapping;
    }

    public static string Describe(ExportMapping m)
    {
        var needs = new List<string>();
        if (m.Detect.Required.Count > 0)
        {
            needs.Add("columns " + string.Join(", ", m.Detect.Required));
        }
        if (m.Detect.RequiredMatching is { } pattern)
        {
            needs.Add($"a column matching /{pattern}/");
        }
        if (m.Detect.AnyOf.Count > 0)
        {
            needs.Add("one of " + string.Join(", ", m.Detect.AnyOf));
        }
        return $"{m.Vendor} {m.Kind}: {string.Join("; ", needs)}";
    }

    private static bool Satisfies(HeaderRule rule, IReadOnlyList<string> header) =>
        rule.Required.All(r => Has(header, r))
        && (rule.RequiredMatching is null || header.Any(h => Regex.IsMatch(h, rule.RequiredMatching)))
        && (rule.AnyOf.Count == 0 || rule.AnyOf.Any(a => Has(header, a)))
        && !rule.Absent.Any(a => Has(header, a));

    private static int KnownColumns(ExportMapping m, IReadOnlyList<string> header) =>
        header.Count(h => m.Columns.Values.Any(c =>
            c.From.Concat(c.With).Any(f => string.Equals(f, h, StringComparison.OrdinalIgnoreCase))
            || (c.FromMatching is not null && Regex.IsMatch(h, c.FromMatching))));

    private static bool Has(IReadOnlyList<string> header, string name) =>
        header.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
}
