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
    /// <paramref name="from"/>..<paramref name="to"/>, first response times in <paramref name="hours"/> hours.
    /// </summary>
    public static DriversResult Analyse(DuckDBConnection db, DriverTarget target, DateOnly from, DateOnly to,
        HoursBasis hours = HoursBasis.Calendar, int minResponses = DriverAnalysis.DefaultMinResponses)
    {
        var (responses, withoutTicket) = Read(db, target, from, to, hours);
        return DriverAnalysis.Analyse(target, from, to, responses, withoutTicket, minResponses);
    }

    /// <summary>The window's responses about a ticket, with their outcomes and factor levels, and how many are about none.</summary>
    public static (IReadOnlyList<DriverResponse> Responses, int WithoutTicket) Read(DuckDBConnection db, DriverTarget target, DateOnly from, DateOnly to, HoursBasis hours)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = db.Query<ResponseRow>(SqlFiles.Read("drivers/responses.sql"), new { survey = target.Text(), from, to, hours = hours.Text() });
        var about = rows.Where(r => r.HasTicket).ToList();
        return ([.. about.Select(r => new DriverResponse(Outcome(target, r), Levels(r)))], rows.Count - about.Count);
    }

    private static double Outcome(DriverTarget target, ResponseRow row) => target switch
    {
        DriverTarget.Csat => row.Satisfied == true ? 1 : 0,
        _ => row.NpsGroup switch { "promoter" => 1, "detractor" => -1, _ => 0 },
    };

    private static Dictionary<DriverFactor, string> Levels(ResponseRow row)
    {
        var levels = new Dictionary<DriverFactor, string>
        {
            [DriverFactor.Category] = DimensionValue.Shown(row.Category),
            [DriverFactor.Channel] = DimensionValue.Shown(row.Channel),
            [DriverFactor.Priority] = DimensionValue.Shown(row.Priority),
            [DriverFactor.Team] = DimensionValue.Shown(row.Team),
            [DriverFactor.FirstResponse] = row.FirstResponse ?? NoFirstResponse,
            [DriverFactor.Reopened] = row.Reopened ? "reopened" : "not reopened",
        };
        if (row.SolvedInBusinessHours is { } inHours)
        {
            levels[DriverFactor.SolvedInBusinessHours] = inHours ? "in business hours" : "outside business hours";
        }
        if (row.Sentiment is { } sentiment)
        {
            levels[DriverFactor.TicketSentiment] = sentiment;
        }
        return levels;
    }

    /// <summary>A row of queries/drivers/responses.sql.</summary>
    private sealed record ResponseRow(
        string Source, string ResponseId, bool? Satisfied, string? NpsGroup, bool HasTicket, string? Category, string? Channel,
        string? Priority, string? Team, string? FirstResponse, bool Reopened, bool? SolvedInBusinessHours, string? Sentiment);
}
