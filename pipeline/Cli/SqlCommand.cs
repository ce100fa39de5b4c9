using System.CommandLine;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics sql "QUERY"</c> / <c>-f FILE [--param k=v]</c> / interactive: read-only SQL over the warehouse.
/// The file is opened read-only, so nothing an analyst types can change it.
/// </summary>
public static class SqlCommand
{
    public static Command Create()
    {
        var query = new Argument<string?>("QUERY") { Description = "SQL to run (omit for an interactive session)", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<FileInfo?>("--file", "-f") { Description = "Run the SQL in this file (e.g. one of queries/)" };
        var parameters = new Option<string[]>("--param") { Description = "Value of a $name parameter of the query: name=value", AllowMultipleArgumentsPerToken = false };
        var format = Output.FormatOption(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Parquet);
        var output = new Option<FileInfo?>("--out") { Description = "Write the result to this file instead of stdout (required for parquet)" };
        var tables = new Option<bool>("--tables") { Description = "List the warehouse's tables and views with what one row is" };
        var describe = new Option<string?>("--describe") { Description = "Describe the columns of a table or view (meaning and unit)" };

        var command = new Command("sql", "Run read-only SQL over the warehouse") { query, file, parameters, format, output, tables, describe };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            // Listing and describing cut no periods: no word about the reporting zone then.
            var catalog = parse.GetValue(tables) || parse.GetValue(describe) is not null;
            using var session = catalog
                ? WarehouseSession.OpenReadOnly(context.DatabasePath, context.Settings, context.TimeZone, warn: null)
                : context.OpenReadOnly();
            var db = session.Db;
            // The session's own zone is the reporting zone, so that an analyst's date_trunc or ::DATE on an instant
            // cuts the same local days as the KPI views.
            db.Execute($"SET TimeZone = {Sql.Literal(session.Settings.Reporting.TimeZone)}");
            var fmt = Output.Format(parse, format);
            var outFile = parse.GetValue(output);
            var named = ParseParameters(parse.GetValue(parameters) ?? []);

            string? sql = null;
            if (parse.GetValue(tables))
            {
                sql = SqlFiles.Read("catalog/tables.sql");
            }
            else if (parse.GetValue(describe) is { } relation)
            {
                sql = SqlFiles.Read("catalog/columns.sql");
                named["relation"] = relation;
            }
            else if (parse.GetValue(file) is { } f)
            {
                sql = File.Exists(f.FullName) ? File.ReadAllText(f.FullName) : throw new UserInputException($"{f.FullName}: no such file");
            }
            else
            {
                sql = parse.GetValue(query);
            }

            if (sql is null)
            {
                return Interactive(db, fmt);
            }
            Run(db, sql, named, fmt, outFile?.FullName);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Run(DuckDBConnection db, string sql, Dictionary<string, object> parameters, OutputFormat format, string? outFile)
    {
        if (format == OutputFormat.Parquet)
        {
            if (outFile is null)
            {
                throw new UserInputException("--format parquet needs --out FILE");
            }
            // COPY writes the file only; the warehouse stays read-only.
            db.Execute($"COPY ({sql.Trim().TrimEnd(';')}) TO {Sql.Literal(outFile)} (FORMAT parquet)", parameters);
            return;
        }
        using var command = db.Create(sql, parameters);
        using var reader = command.ExecuteReader();
        if (outFile is null)
        {
            QueryResultWriter.Write(reader, format, Console.Out);
        }
        else
        {
            using var writer = new StreamWriter(outFile);
            QueryResultWriter.Write(reader, format, writer);
        }
    }

    private static int Interactive(DuckDBConnection db, OutputFormat format)
    {
        Console.Error.WriteLine("analytics sql (read-only). End a statement with ';'. Empty line or Ctrl-D quits.");
        var buffer = new System.Text.StringBuilder();
        while (true)
        {
            Console.Error.Write(buffer.Length == 0 ? "sql> " : "...> ");
            var line = Console.ReadLine();
            if (line is null || (buffer.Length == 0 && line.Trim().Length == 0))
            {
                return ExitCodes.Success;
            }
            buffer.AppendLine(line);
            if (!line.TrimEnd().EndsWith(';'))
            {
                continue;
            }
            try
            {
                Run(db, buffer.ToString(), [], format, null);
            }
            catch (DuckDBException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
            }
            buffer.Clear();
        }
    }

    private static Dictionary<string, object> ParseParameters(IEnumerable<string> values)
    {
        var result = new Dictionary<string, object>();
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UserInputException($"--param: '{value}' is not name=value");
            }
            result[value[..equals]] = value[(equals + 1)..];
        }
        return result;
    }
}
