using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Drivers;

/// <summary>
/// The drivers of satisfaction out of the warehouse (docs/voc.md, "Drivers"): the survey responses of a window with
/// the factors of their tickets (queries/drivers/responses.sql), analysed by <see cref="DriverAnalysis"/>.
/// </summary>
public static class Drivers
{
    /// <summary>How a factor is named to people: "first response", "solved in business hours".</summary>
    public static string Name(DriverFactor factor) => ClosedSet.Words(factor.ToString(), ' ');

    /// <summary>The level of <see cref="DriverFactor.FirstResponse"/> of a ticket without a first response.</summary>
    public const string NoFirstResponse = "no first response";

    /// <summary>
    /// The drivers of <paramref name="target"/> among the responses answered on the local dates
    /// <paramref name="from"/>..<paramref name="to"/>, first response times in <paramref name="hours"/> hours: the
    /// warehouse sums the outcomes per level (queries/drivers/levels.sql), so that the responses are not read one by one.
    /// </summary>
    public static DriversResult Analyse(DuckDBConnection db, DriverTarget target, DateOnly from, DateOnly to,
        HoursBasis hours = HoursBasis.Calendar, int minResponses = DriverAnalysis.DefaultMinResponses)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.Query<LevelRow>(SqlFiles.Read("drivers/levels.sql"), new { survey = target.Text(), from, to, hours = hours.Text() });
        var overall = rows.Single(r => r.Factor is null);
        var levels = rows
            .Where(r => r.Factor is not null)
            .Select(r => (Factor: ClosedSet.Parse<DriverFactor>(r.Factor!), Row: r))
            .Select(r => (r.Factor, Level: Level(r.Factor, r.Row.Value(r.Factor)), r.Row))
            .Where(r => r.Level is not null)
            // Two values may be shown alike (no category and a category named as none are): one level.
            .GroupBy(r => (r.Factor, Level: r.Level!))
            .Select(g => new DriverLevelCounts(g.Key.Factor, g.Key.Level, checked((int)g.Sum(r => r.Row.N)), g.Sum(r => r.Row.Total), g.Sum(r => r.Row.Squares)))
            .ToList();
        return DriverAnalysis.Analyse(target, from, to, levels, checked((int)overall.N), overall.Total, checked((int)overall.WithoutTicket), minResponses);
    }

    /// <summary>
    /// The window's responses about a ticket one by one, with their outcomes and factor levels, and how many are about
    /// none (queries/drivers/responses.sql): what <see cref="Analyse"/> sums in the warehouse instead, kept as the
    /// reference the sums are tested against.
    /// </summary>
    internal static (IReadOnlyList<DriverResponse> Responses, int WithoutTicket) Read(DuckDBConnection db, DriverTarget target, DateOnly from, DateOnly to, HoursBasis hours)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.Query<ResponseRow>(SqlFiles.Read("drivers/responses.sql"), new { survey = target.Text(), from, to, hours = hours.Text() });
        var about = rows.Where(r => r.HasTicket).ToList();
        return ([.. about.Select(r => new DriverResponse(r.Outcome, Levels(r)))], rows.Count - about.Count);
    }

    private static Dictionary<DriverFactor, string> Levels(ResponseRow row)
    {
        var levels = new Dictionary<DriverFactor, string>();
        foreach (var factor in Enum.GetValues<DriverFactor>())
        {
            if (Level(factor, row.Value(factor)) is { } level)
            {
                levels[factor] = level;
            }
        }
        return levels;
    }

    /// <summary>How a factor's value in the warehouse is shown as a level; null when the factor is unknown for the ticket.</summary>
    private static string? Level(DriverFactor factor, object? value) => factor switch
    {
        DriverFactor.Category or DriverFactor.Channel or DriverFactor.Priority or DriverFactor.Team => DimensionValue.Shown((string?)value),
        DriverFactor.FirstResponse => (string?)value ?? NoFirstResponse,
        DriverFactor.Reopened => value is true ? "reopened" : "not reopened",
        DriverFactor.SolvedInBusinessHours => value is bool inHours ? inHours ? "in business hours" : "outside business hours" : null,
        DriverFactor.TicketSentiment => (string?)value,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };

    /// <summary>The ticket's values of the factors, as a row of driver_responses() has them.</summary>
    private abstract record FactorValues(
        string? Category, string? Channel, string? Priority, string? Team, string? FirstResponse, bool? Reopened, bool? SolvedInBusinessHours,
        string? Sentiment)
    {
        public object? Value(DriverFactor factor) => factor switch
        {
            DriverFactor.Category => Category,
            DriverFactor.Channel => Channel,
            DriverFactor.Priority => Priority,
            DriverFactor.Team => Team,
            DriverFactor.FirstResponse => FirstResponse,
            DriverFactor.Reopened => Reopened,
            DriverFactor.SolvedInBusinessHours => SolvedInBusinessHours,
            DriverFactor.TicketSentiment => Sentiment,
            _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
        };
    }

    /// <summary>A row of queries/drivers/levels.sql: the sums of one factor's value (<paramref name="Factor"/> names it; null: all responses).</summary>
    private sealed record LevelRow(
        string? Factor, string? Category, string? Channel, string? Priority, string? Team, string? FirstResponse, bool? Reopened,
        bool? SolvedInBusinessHours, string? Sentiment, long N, double Total, double Squares, long WithoutTicket)
        : FactorValues(Category, Channel, Priority, Team, FirstResponse, Reopened, SolvedInBusinessHours, Sentiment);

    /// <summary>A row of queries/drivers/responses.sql.</summary>
    private sealed record ResponseRow(
        string Source, string ResponseId, bool? Satisfied, string? NpsGroup, double Outcome, bool HasTicket, string? Category, string? Channel,
        string? Priority, string? Team, string? FirstResponse, bool? Reopened, bool? SolvedInBusinessHours, string? Sentiment)
        : FactorValues(Category, Channel, Priority, Team, FirstResponse, Reopened, SolvedInBusinessHours, Sentiment);
}
