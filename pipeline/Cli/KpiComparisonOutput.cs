using Analytics.Reports;
using Microsoft.Data.Analysis;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>Two periods of the KPI table side by side with the change, for people.</summary>
public static class KpiComparisonOutput
{
    public static void Write(DataFrame frame, string previousLabel, string currentLabel, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("")
            .AddColumn(new TableColumn(Markup.Escape(previousLabel)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(currentLabel)).RightAligned())
            .AddColumn(new TableColumn("change").RightAligned());
        foreach (var column in frame.Columns.Where(c => c.Name is not ("period_start" or "period_end")))
        {
            var (previous, current) = (column[0], column[1]);
            table.AddRow(
                Markup.Escape(column.Name),
                Markup.Escape(KpiFormat.Value(column.Name, previous)),
                Markup.Escape(KpiFormat.Value(column.Name, current)),
                Markup.Escape(KpiFormat.Change(column.Name, previous, current)));
        }
        console.Write(table);
    }
}
