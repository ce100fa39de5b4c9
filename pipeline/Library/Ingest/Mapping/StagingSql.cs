using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Ingest.Mapping;

/// <summary>
/// The staging SQL of each export format written out, for people to read: what <see cref="StagingQuery"/> makes of a
/// mapping for a file that has every column the mapping names. Committed as <c>queries/staging/&lt;mapping&gt;.sql</c>
/// and held to the mappings by a test (docs/architecture.md, "SQL files"); the ingest builds its own from the file's
/// real header and never reads these files.
/// </summary>
public static partial class StagingSql
{
    /// <summary>The file of a mapping, relative to <c>queries/</c>.</summary>
    public static string FileOf(ExportMapping mapping) => $"staging/{mapping.Name}.sql";

    /// <summary>The text of <see cref="FileOf"/>: a comment on where it comes from, then the staging query of each kind of rows.</summary>
    public static string Of(ExportMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var outputs = mapping.Derived
            .Select(d => (d.Kind, d.Columns, d.When, Derived: true))
            .Prepend((mapping.Kind, mapping.Columns, When: (ColumnSource?)null, Derived: false))
            .ToList();
        var header = Header(outputs.SelectMany(o => o.When is null ? o.Columns.Values : o.Columns.Values.Append(o.When)));
        var options = new IngestOptions { SurveyDate = "2026-01-01" };
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"-- Made from queries/mappings/{mapping.Name}.json by StagingQuery (docs/ingest.md, step 4): how a {mapping.Vendor} {mapping.Kind}\n")
            .Append("-- export becomes `stg`, the rows of canonical text columns the validation reads, here for a file whose header has\n")
            .Append("-- every column the mapping names (`raw` is the file as DuckDB's reader sees it). Do not edit: regenerate it, as\n")
            .Append("-- tests/Analytics.Tests/Ingest/StagingSqlTests.cs says when it is stale.\n")
            .Append("--\n")
            .Append(Wrapped("-- header: ", string.Join(", ", header)));
        foreach (var output in outputs)
        {
            var query = StagingQuery.Build($"a {mapping.Vendor} export", output.Kind, output.Columns, output.When, header, options);
            text.Append('\n')
                .Append(CultureInfo.InvariantCulture, $"-- {output.Kind.Name}{(output.Derived ? " (also carried by the file)" : "")}, validated by queries/{output.Kind.ValidateQuery}")
                .Append(query.Parameters.Count == 0 ? "" : $"; ${string.Join(", $", query.Parameters.Keys)} is a value given for the whole file")
                .Append('\n')
                .Append(query.Sql).Append(";\n");
        }
        return text.ToString();
    }

    /// <summary>Every header column the sources name: the first of their names, the columns they read with, and for a pattern a name it matches.</summary>
    private static List<string> Header(IEnumerable<ColumnSource> sources)
    {
        var header = new List<string>();
        void Add(string name)
        {
            if (!header.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                header.Add(name);
            }
        }
        foreach (var source in sources)
        {
            if (source.From.Count > 0)
            {
                Add(source.From[0]);
            }
            else if (source.FromMatching is { } pattern)
            {
                Add(Example(pattern));
            }
            foreach (var with in source.With)
            {
                Add(with);
            }
        }
        return header;
    }

    /// <summary>A column name a header pattern matches: its first alternative, wildcards dropped ("(?i)categor.*\[list\]" gives "categor[list]").</summary>
    private static string Example(string pattern)
    {
        var first = Alternatives().Match(pattern) is { Success: true } group ? group.Groups[1].Value : pattern;
        var name = Regex.Unescape(first.Replace("(?i)", "", StringComparison.Ordinal).Replace(".*", "", StringComparison.Ordinal).Trim('^', '$'));
        return Regex.IsMatch(name, pattern)
            ? name
            : throw new InvalidOperationException($"no example name for the header pattern /{pattern}/");
    }

    [GeneratedRegex(@"\(([^|()?]+)\|")]
    private static partial Regex Alternatives();

    private static string Wrapped(string prefix, string text)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder(prefix);
        foreach (var word in text.Split(' '))
        {
            if (line.Length + word.Length + 1 > 118 && line.Length > prefix.Length)
            {
                lines.Append(line.ToString().TrimEnd()).Append('\n');
                line.Clear().Append("--   ");
            }
            line.Append(word).Append(' ');
        }
        return lines.Append(line.ToString().TrimEnd()).Append('\n').ToString();
    }
}
