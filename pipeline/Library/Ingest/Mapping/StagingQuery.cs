using System.Text.RegularExpressions;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Pipeline.Ingest.Mapping;

/// <summary>
/// Turns a mapping into the `stg` relation: one text column per canonical column of the kind, each taken
/// from the file's header as the mapping says, plus <c>_extra</c> (the columns the mapping does not use, as
/// JSON) and <c>_raw</c> (every header column as read, for quarantine; see <see cref="RawAsJson"/>). Only
/// identifiers from the header and names from the mapping files enter the SQL; values from the command line
/// travel as parameters.
/// </summary>
public static partial class StagingQuery
{
    public sealed record Result(string Sql, IReadOnlyDictionary<string, object> Parameters);

    public static Result Build(
        string path, Kind kind, IReadOnlyDictionary<string, ColumnSource> columns, ColumnSource? when,
        IReadOnlyList<string> header, IngestOptions options)
    {
        var parameters = new Dictionary<string, object>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var select = new List<string> { "_rec" };
        foreach (var column in kind.Columns)
        {
            var expression = columns.TryGetValue(column, out var source)
                ? Expression(path, column, source, header, options, parameters, used)
                : "NULL::VARCHAR";
            select.Add($"{expression} AS {Sql.Ident(column)}");
        }
        var extra = header.Where(h => !used.Contains(h) && !h.StartsWith('_')).ToList();
        select.Add(extra.Count == 0
            ? "NULL::JSON AS _extra"
            : "json_object(" + string.Join(", ", extra.Select(h => $"{Sql.Literal(h)}, raw.{Sql.Ident(h)}")) + ") AS _extra");
        // The row as read travels through validation as a struct (no copy of the text); only a failing row's is
        // turned into JSON. Its fields are numbered, so that any header names do.
        select.Add("struct_pack(" + string.Join(", ", header.Select((h, i) => $"c{i} := raw.{Sql.Ident(h)}")) + ") AS _raw");

        var sql = "SELECT " + string.Join(",\n       ", select) + "\nFROM raw";
        if (when is not null)
        {
            sql += "\nWHERE coalesce(" + Expression(path, "when", when, header, options, parameters, []) + ", false)";
        }
        return new Result(sql, parameters);
    }

    /// <summary>
    /// A JSON object of every header column of the raw row, for quarantine, made from <c>_raw</c> (a column of
    /// <c>stg</c> that the validation queries pass on).
    /// </summary>
    public static string RawAsJson(IReadOnlyList<string> header) =>
        "json_object(" + string.Join(", ", header.Select((h, i) => $"{Sql.Literal(h)}, _raw.c{i}")) + ")::VARCHAR";

    private static string Expression(
        string path, string column, ColumnSource source, IReadOnlyList<string> header, IngestOptions options,
        Dictionary<string, object> parameters, HashSet<string> used)
    {
        string? value = null;
        var headerColumn = Resolve(path, column, source, header, options);
        if (headerColumn is not null)
        {
            used.Add(headerColumn);
            value = "raw." + Sql.Ident(headerColumn);
        }
        else if (source.Param is { } param)
        {
            var given = options.Parameter(param)
                ?? throw new UserInputException(
                    $"{path}: has no column for {column}; give one value for the whole file with {IngestOptions.ParameterHint(param)}");
            parameters[param] = given;
            value = "$" + param;
        }
        else if (source.Record)
        {
            value = "_rec::VARCHAR";
        }
        else if (source.Const is { } constant)
        {
            return Sql.Literal(constant);
        }

        if (source.Via is null)
        {
            return value ?? "NULL::VARCHAR";
        }
        if (!MacroName().IsMatch(source.Via))
        {
            throw new InvalidOperationException($"mapping names an invalid macro '{source.Via}'");
        }
        var args = new List<string> { value ?? "NULL::VARCHAR" };
        foreach (var with in source.With)
        {
            var match = header.FirstOrDefault(h => string.Equals(h, with, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                used.Add(match);
            }
            args.Add(match is null ? "NULL::VARCHAR" : "raw." + Sql.Ident(match));
        }
        return $"{source.Via}({string.Join(", ", args)})";
    }

    private static string? Resolve(string path, string column, ColumnSource source, IReadOnlyList<string> header, IngestOptions options)
    {
        if (source.Setting is { } setting && options.Setting(setting) is { } configured)
        {
            return header.FirstOrDefault(h => string.Equals(h, configured, StringComparison.OrdinalIgnoreCase))
                ?? throw new UserInputException($"{path}: {setting} '{configured}' is not a column of this file (for {column})");
        }
        foreach (var name in source.From)
        {
            var match = header.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }
        return source.FromMatching is { } pattern ? header.FirstOrDefault(h => Regex.IsMatch(h, pattern)) : null;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex MacroName();
}
