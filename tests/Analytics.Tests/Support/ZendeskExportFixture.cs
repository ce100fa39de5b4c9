using System.Globalization;
using System.Text;

namespace Analytics.Tests.Support;

/// <summary>
/// Writes a CSV shaped like a real Zendesk legacy ticket export and returns the rows it wrote, so that a test
/// can work out what the product should say from the rows themselves, never from the product's SQL.
/// <para>
/// The defaults reproduce a real account's export: 16,476 tickets created from Saturday 2023-04-01 00:00 to
/// Wednesday 2023-05-31 23:59 in the account's zone, Asia/Kolkata (UTC+05:30, no DST), written without an
/// offset; about 270 a day, a weekend day about 40% of a weekday, most tickets in Indian business hours and a few
/// every night (about 5 between 00:00 and 05:30 on the first day). There is no planted spike: each day's count
/// is a draw around a stable level for its weekday, so any spike alert on this data is false.
/// </para>
/// <para>
/// As in such exports: only business-hours durations (no calendar "First reply time in minutes"), measured on
/// the account's schedule (Mon-Fri 09:00-18:00 local); no category field unless <see cref="WithCategories"/>;
/// an empty <c>Solved at</c> for an unsolved ticket (<c>1900-01-01 00:00:00</c> for a few); <c>-</c> for no
/// priority or type; about 22% of solved tickets without an agent reply (auto-closed, merged).
/// </para>
/// Deterministic: the same settings give the same bytes on any machine, whatever its clock, culture or zone.
/// </summary>
public sealed class ZendeskExportFixture
{
    /// <summary>The columns of a legacy export, in its order (<see cref="CategoryColumn"/> is added last when asked for).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "Requester", "Requester id", "Requester external id", "Assignee", "Group", "Subject", "Tags", "Status",
        "Priority", "Via", "Ticket type", "Created at", "Updated at", "Assigned at", "Initially assigned at", "Solved at",
        "Satisfaction Score", "Group stations", "Assignee stations", "Reopens", "Replies",
        "First reply time in minutes within business hours", "First resolution time in minutes within business hours",
        "Full resolution time in minutes within business hours", "Agent wait time in minutes within business hours",
        "Requester wait time in minutes", "Requester wait time in minutes within business hours",
        "On hold time in minutes within business hours",
    ];

    public const string CategoryColumn = "Ticket category [list]";

    /// <summary>What a legacy export writes in <c>Solved at</c> of some unsolved tickets (most have it empty).</summary>
    public const string NeverSolved = "1900-01-01 00:00:00";

    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public int Seed { get; init; } = 20230401;

    /// <summary>The account's IANA zone: the wall-clock zone of every time in the file.</summary>
    public string TimeZone { get; init; } = "Asia/Kolkata";

    /// <summary>First local day with tickets.</summary>
    public DateOnly FirstDay { get; init; } = new(2023, 4, 1);

    /// <summary>Last local day with tickets (created up to 23:59:59 of it).</summary>
    public DateOnly LastDay { get; init; } = new(2023, 5, 31);

    public int Tickets { get; init; } = 16_476;

    /// <summary>A Saturday's or Sunday's expected volume against a weekday's.</summary>
    public double WeekendShare { get; init; } = 0.4;

    /// <summary>How far from its level, in standard deviations, a day's count may be drawn.</summary>
    public const double NoiseLimit = 2.5;

    /// <summary>Adds a <c>Ticket category [list]</c> column (a few categories, <c>-</c> for none).</summary>
    public bool WithCategories { get; init; }

    /// <summary>When the export was taken (local): 10:00 on the day after <see cref="LastDay"/>. Nothing happens after it.</summary>
    public DateTime ExportedAt => LastDay.AddDays(1).ToDateTime(new TimeOnly(10, 0));

    /// <summary>Categories of the optional column, with their shares (the rest is "-").</summary>
    public static readonly IReadOnlyList<(string Name, double Share)> Categories =
        [("Payments", 0.30), ("Orders", 0.25), ("Account & Login", 0.18), ("Delivery", 0.15), ("Refunds", 0.08)];

    /// <summary>Tickets per hour of the local day, relative: quiet but never empty nights, a late-morning peak.</summary>
    private static readonly double[] HourProfile =
        [0.7, 0.7, 0.7, 0.7, 0.7, 0.9, 1, 2, 4, 9, 9, 9, 9, 7, 8.5, 8.5, 8.5, 8.5, 5, 3, 2, 1.5, 1, 1];

    private static readonly (string Via, double Share, double FrtMedian, string Tag)[] Channels =
    [
        ("Email", 0.42, 120, "email"), ("Web form", 0.28, 120, "web_form"), ("Chat", 0.14, 12, "chat"),
        ("Phone call (incoming)", 0.09, 8, "voice"), ("API", 0.07, 180, "api"),
    ];

    private static readonly (string Name, double Share, double FrtFactor)[] Priorities =
        [("-", 0.08, 1), ("Low", 0.20, 1.6), ("Normal", 0.55, 1), ("High", 0.14, 0.6), ("Urgent", 0.03, 0.3)];

    private static readonly (string Name, double Share)[] TicketTypes =
        [("-", 0.35), ("Question", 0.30), ("Incident", 0.25), ("Problem", 0.05), ("Task", 0.05)];

    private static readonly (string Subject, string Tag)[] Subjects =
    [
        ("Refund not received", "refund"),
        ("Payment deducted but order not placed", "payment_failed"),
        ("₹499 charged twice", "double_charge"),
        ("Unable to login, OTP not coming", "otp"),
        ("Order delayed, please check", "delivery_delay"),
        ("Invoice shows wrong \"GST\" number", "invoice"),
        ("How do I change my registered mobile number?", "account_update"),
        ("Cancel my subscription", "cancellation"),
        ("Wrong item delivered", "wrong_item"),
        ("App crashes on checkout", "app_crash"),
        ("Need help with bulk order", "bulk_order"),
        ("Re: Re: refund status", "refund"),
    ];

    private static readonly string[] FirstNames =
        ["Aarav", "Diya", "Vihaan", "Ananya", "Arjun", "Ishaan", "Kavya", "Rohan", "Saanvi", "Priya", "Rahul", "Sneha", "Zoë", "Karthik", "Meera", "Nikhil"];

    private static readonly string[] LastNames =
        ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Menon", "Singh", "Das", "Kulkarni", "Banerjee", "Joshi", "Pillai", "Rao"];

    private static readonly (string Name, string Group)[] Agents =
    [
        ("Asha Verma", "Support L1"), ("Manoj Kumar", "Support L1"), ("Farah Khan", "Support L1"), ("Deepak Nair", "Support L1"),
        ("Lakshmi Rao", "Support L1"), ("Vikram Shah", "Support L1"), ("Neha Kapoor", "Support L1"), ("Suresh Babu", "Support L1"),
        ("Ritu Malhotra", "Support L2"), ("Arun Prakash", "Support L2"), ("Pooja Hegde", "Support L2"), ("Sanjay Mehta", "Support L2"),
        ("Nandini Ghosh", "Billing"), ("Harish Pai", "Billing"), ("Tanvi Desai", "Billing"),
        ("Gaurav Sethi", "Logistics"), ("Kiran Bedi", "Logistics"), ("Imran Qureshi", "Logistics"),
    ];

    private const int Requesters = 5_200;
    private const long FirstTicketId = 184_203;
    private static readonly TimeSpan OpensAt = TimeSpan.FromHours(9);
    private static readonly TimeSpan ClosesAt = TimeSpan.FromHours(18);

    /// <summary>Writes the export to <paramref name="path"/> (UTF-8 without BOM, comma, RFC 4180 quoting, CRLF) and describes it.</summary>
    public ZendeskExport Write(string path)
    {
        var rows = Generate();
        var columns = WithCategories ? [.. Columns, CategoryColumn] : Columns.ToList();
        var csv = new StringBuilder();
        AppendLine(csv, columns);
        foreach (var row in rows)
        {
            AppendLine(csv, Fields(row));
        }
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
        return new ZendeskExport(path, TimeZone, columns, rows);
    }

    private List<ZendeskExportRow> Generate()
    {
        var random = new Random(Seed);
        var created = CreatedTimes(random);
        var rows = new List<ZendeskExportRow>(created.Count);
        for (var i = 0; i < created.Count; i++)
        {
            rows.Add(Ticket(random, FirstTicketId + i, created[i]));
        }
        return rows;
    }

    /// <summary>
    /// Each day's count is its weekday's stable level plus Poisson-sized noise (the level's square root times a
    /// normal draw cut at <see cref="NoiseLimit"/> standard deviations, so that no day is a spike), the counts then
    /// apportioned to total exactly <see cref="Tickets"/>. Each ticket gets an hour by the intraday profile and a
    /// uniform second of that hour. Sorted, so ids rise with creation as Zendesk's do.
    /// </summary>
    private List<DateTime> CreatedTimes(Random random)
    {
        var days = new List<DateOnly>();
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            days.Add(day);
        }
        var weights = days.Select(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendShare : 1.0).ToArray();
        var levels = weights.Select(w => Tickets * w / weights.Sum()).ToArray();
        var drawn = levels.Select(level => Math.Max(0, level + Math.Sqrt(level) * Math.Clamp(Normal(random), -NoiseLimit, NoiseLimit))).ToArray();
        var perDay = Apportion(drawn, Tickets);
        var created = new List<DateTime>(Tickets);
        for (var d = 0; d < days.Count; d++)
        {
            for (var k = 0; k < perDay[d]; k++)
            {
                var hour = Pick(random, HourProfile);
                created.Add(days[d].ToDateTime(new TimeOnly(hour, 0)).AddSeconds(random.Next(3600)));
            }
        }
        created.Sort();
        return created;
    }

    /// <summary>Whole counts in proportion to <paramref name="shares"/> that add up to <paramref name="total"/> (largest remainder).</summary>
    private static int[] Apportion(double[] shares, int total)
    {
        var exact = shares.Select(x => x * total / shares.Sum()).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var order = Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToList();
        var missing = total - counts.Sum();
        for (var k = 0; k < missing; k++)
        {
            counts[order[k]]++;
        }
        return counts;
    }

    private ZendeskExportRow Ticket(Random random, long id, DateTime created)
    {
        // No draw depends on an option, so that the category column changes nothing else in the file.
        var channel = Channels[Pick(random, Channels.Select(c => c.Share).ToArray())];
        var priority = Priorities[Pick(random, Priorities.Select(p => p.Share).ToArray())];
        var type = TicketTypes[Pick(random, TicketTypes.Select(t => t.Share).ToArray())];
        var subject = Subjects[random.Next(Subjects.Length)];
        var requester = random.Next(Requesters);
        var agent = Agents[random.Next(Agents.Length)];
        var categoryDraw = random.NextDouble();
        var repliesDraw = random.NextDouble();
        var replies = repliesDraw < 0.22 ? 0 : repliesDraw < 0.72 ? 1 : 2 + random.Next(5);
        var reopens = random.NextDouble() < 0.9 ? 0 : 1 + random.Next(2);
        var frtDraw = LogNormal(random, channel.FrtMedian * priority.FrtFactor, 1.0);
        var resolveDraw = LogNormal(random, 360 * (1 + 0.5 * Math.Max(0, replies - 1)), 1.1);
        var closeWithoutReplyDraw = LogNormal(random, 240, 1.4);
        var reopenDraw = LogNormal(random, 600, 1.0);
        var stuck = random.NextDouble() < 0.004;
        var assignedWithoutReply = random.NextDouble() < 0.7;
        var assignDelay = TimeSpan.FromSeconds(30 + random.Next(1800));
        var groupStations = random.NextDouble() < 0.1 ? 2 : 1;
        var assigneeStations = groupStations + (random.NextDouble() < 0.1 ? 1 : 0);
        var satisfactionDraw = random.NextDouble();
        var waitShare = 0.3 + 0.6 * random.NextDouble();
        var onHoldDraw = random.NextDouble();
        var updateShare = random.NextDouble();
        var solvedAt1900 = random.NextDouble() < 0.1;
        var closeDelay = TimeSpan.FromMinutes(random.Next(1, 60));
        var openStatusDraw = random.NextDouble();
        var vip = random.NextDouble() < 0.05;

        int? frt = replies >= 1 ? (int)Math.Clamp(Math.Round(frtDraw), 1, 4_000) : null;
        DateTime? firstReply = frt is { } f ? AddBusinessMinutes(created, f) : null;
        var firstSolve = replies >= 1
            ? AddBusinessMinutes(firstReply!.Value, (int)Math.Clamp(Math.Round(resolveDraw), 5, 20_000))
            : created.AddMinutes(Math.Clamp(Math.Round(closeWithoutReplyDraw), 2, 14 * 1440));
        var solve = reopens > 0 ? AddBusinessMinutes(firstSolve, (int)Math.Clamp(Math.Round(reopenDraw), 10, 20_000) * reopens) : firstSolve;
        var solved = !stuck && solve <= ExportedAt;

        string status;
        DateTime updated;
        DateTime? solvedAt = null;
        int? firstResolution = null, fullResolution = null, agentWait = null, requesterWait = null, requesterWaitBusiness = null, onHold = null;
        var satisfaction = "Not Offered";
        if (solved)
        {
            solvedAt = solve;
            var closed = solve.AddDays(4) <= ExportedAt;
            status = closed ? "Closed" : "Solved";
            updated = closed ? solve.AddDays(4) : Min(solve + closeDelay, ExportedAt);
            firstResolution = (int)Math.Round(BusinessMinutes(created, firstSolve));
            fullResolution = (int)Math.Round(BusinessMinutes(created, solve));
            requesterWait = (int)Math.Round(waitShare * (solve - created).TotalMinutes);
            requesterWaitBusiness = (int)Math.Round(waitShare * fullResolution.Value);
            onHold = onHoldDraw < 0.03 ? (int)Math.Round(0.2 * (fullResolution.Value - requesterWaitBusiness.Value)) : 0;
            agentWait = fullResolution.Value - requesterWaitBusiness.Value - onHold.Value;
            if (replies >= 1)
            {
                satisfaction = satisfactionDraw < 0.60 ? "Not Offered" : satisfactionDraw < 0.88 ? "Offered" : satisfactionDraw < 0.98 ? "Good" : "Bad";
            }
        }
        else
        {
            reopens = 0;
            if (firstReply is null || firstReply > ExportedAt)
            {
                // Not answered by the time of the export.
                replies = 0;
                frt = null;
                firstReply = null;
                status = assignedWithoutReply ? "Open" : "New";
            }
            else
            {
                status = openStatusDraw < 0.5 ? "Pending" : openStatusDraw < 0.85 ? "Open" : "On-hold";
            }
            var last = firstReply ?? created;
            updated = last + (ExportedAt - last) * updateShare;
            updated = updated.AddTicks(-(updated.Ticks % TimeSpan.TicksPerSecond));
        }

        var assigned = replies >= 1 || (status != "New" && assignedWithoutReply);
        DateTime? initiallyAssigned = assigned ? Min(created + assignDelay, updated) : null;
        DateTime? assignedAt = initiallyAssigned is { } first && assigneeStations > 1 ? Min(first + assignDelay * 4, updated) : initiallyAssigned;
        var category = CategoryOf(categoryDraw);
        var tags = string.Join(' ', new[] { channel.Tag, subject.Tag, vip ? "vip" : null, category is null ? null : "cat_" + Slug(category) }.Where(t => t is not null));
        return new ZendeskExportRow
        {
            Id = id,
            Requester = FirstNames[requester % FirstNames.Length] + " " + LastNames[requester / FirstNames.Length % LastNames.Length],
            RequesterId = 381_000_000_000L + requester * 17L,
            RequesterExternalId = requester % 7 == 0 ? "CUST-" + requester.ToString("D5", CultureInfo.InvariantCulture) : null,
            Assignee = assigned ? agent.Name : null,
            Group = assigned ? agent.Group : null,
            Subject = subject.Subject,
            Tags = tags,
            Status = status,
            Priority = priority.Name,
            Via = channel.Via,
            TicketType = type.Name,
            CreatedAt = created,
            UpdatedAt = updated,
            AssignedAt = assignedAt,
            InitiallyAssignedAt = initiallyAssigned,
            SolvedAt = solvedAt,
            SolvedAtText = solvedAt is { } s ? Time(s) : solvedAt1900 ? NeverSolved : "",
            SatisfactionScore = satisfaction,
            GroupStations = assigned ? groupStations : 0,
            AssigneeStations = assigned ? assigneeStations : 0,
            Reopens = reopens,
            Replies = replies,
            FirstReplyBusinessMinutes = frt,
            FirstResolutionBusinessMinutes = firstResolution,
            FullResolutionBusinessMinutes = fullResolution,
            AgentWaitBusinessMinutes = agentWait,
            RequesterWaitMinutes = requesterWait,
            RequesterWaitBusinessMinutes = requesterWaitBusiness,
            OnHoldBusinessMinutes = onHold,
            Category = WithCategories ? category : null,
        };
    }

    private static string? CategoryOf(double draw)
    {
        var sum = 0.0;
        foreach (var (name, share) in Categories)
        {
            sum += share;
            if (draw < sum)
            {
                return name;
            }
        }
        return null;
    }

    private IEnumerable<string> Fields(ZendeskExportRow r)
    {
        string Number(long? n) => n is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
        string Stamp(DateTime? t) => t is { } v ? Time(v) : "";
        yield return Number(r.Id);
        yield return r.Requester;
        yield return Number(r.RequesterId);
        yield return r.RequesterExternalId ?? "";
        yield return r.Assignee ?? "";
        yield return r.Group ?? "";
        yield return r.Subject;
        yield return r.Tags;
        yield return r.Status;
        yield return r.Priority;
        yield return r.Via;
        yield return r.TicketType;
        yield return Stamp(r.CreatedAt);
        yield return Stamp(r.UpdatedAt);
        yield return Stamp(r.AssignedAt);
        yield return Stamp(r.InitiallyAssignedAt);
        yield return r.SolvedAtText;
        yield return r.SatisfactionScore;
        yield return Number(r.GroupStations);
        yield return Number(r.AssigneeStations);
        yield return Number(r.Reopens);
        yield return Number(r.Replies);
        yield return Number(r.FirstReplyBusinessMinutes);
        yield return Number(r.FirstResolutionBusinessMinutes);
        yield return Number(r.FullResolutionBusinessMinutes);
        yield return Number(r.AgentWaitBusinessMinutes);
        yield return Number(r.RequesterWaitMinutes);
        yield return Number(r.RequesterWaitBusinessMinutes);
        yield return Number(r.OnHoldBusinessMinutes);
        if (WithCategories)
        {
            yield return r.Category ?? "-";
        }
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(',', fields.Select(Quoted))).Append("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quoted(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Time(DateTime t) => t.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '_')).Replace("___", "_", StringComparison.Ordinal);

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;

    private static int Pick(Random random, double[] weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Normal(random));

    /// <summary>A standard normal draw (Box-Muller; 1 - NextDouble() is in (0, 1], so the logarithm is finite).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static bool IsWorkday(DateTime day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The local time <paramref name="minutes"/> business minutes (Mon-Fri 09:00-18:00) after <paramref name="start"/>.</summary>
    public static DateTime AddBusinessMinutes(DateTime start, int minutes)
    {
        var t = start;
        var left = TimeSpan.FromMinutes(minutes);
        while (true)
        {
            var day = t.Date;
            if (!IsWorkday(day) || t >= day + ClosesAt)
            {
                t = day.AddDays(1) + OpensAt;
                continue;
            }
            if (t < day + OpensAt)
            {
                t = day + OpensAt;
            }
            var available = day + ClosesAt - t;
            if (left <= available)
            {
                return t + left;
            }
            left -= available;
            t = day.AddDays(1) + OpensAt;
        }
    }

    /// <summary>Business minutes (Mon-Fri 09:00-18:00 local) between two local times.</summary>
    public static double BusinessMinutes(DateTime from, DateTime to)
    {
        var total = 0.0;
        for (var day = from.Date; day <= to.Date; day = day.AddDays(1))
        {
            if (!IsWorkday(day))
            {
                continue;
            }
            var start = Max(from, day + OpensAt);
            var end = Min(to, day + ClosesAt);
            if (end > start)
            {
                total += (end - start).TotalMinutes;
            }
        }
        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a >= b ? a : b;
}

/// <summary>An export written by <see cref="ZendeskExportFixture"/>: where, in which zone, its header and its rows.</summary>
public sealed record ZendeskExport(string Path, string TimeZone, IReadOnlyList<string> Columns, IReadOnlyList<ZendeskExportRow> Rows)
{
    /// <summary>A local time of the file as the instant it names.</summary>
    public DateTimeOffset Instant(DateTime local)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

/// <summary>
/// One ticket row as written. Times are the account's wall-clock times (kind Unspecified), as in the file; null
/// where the file has an empty field. <see cref="SolvedAtText"/> is the field exactly as written.
/// </summary>
public sealed record ZendeskExportRow
{
    public required long Id { get; init; }
    public required string Requester { get; init; }
    public required long RequesterId { get; init; }
    public string? RequesterExternalId { get; init; }
    public string? Assignee { get; init; }
    public string? Group { get; init; }
    public required string Subject { get; init; }
    public required string Tags { get; init; }

    /// <summary>New, Open, Pending, On-hold, Solved or Closed.</summary>
    public required string Status { get; init; }

    /// <summary>Low, Normal, High, Urgent, or "-".</summary>
    public required string Priority { get; init; }
    public required string Via { get; init; }

    /// <summary>Question, Incident, Problem, Task, or "-".</summary>
    public required string TicketType { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
    public DateTime? AssignedAt { get; init; }
    public DateTime? InitiallyAssignedAt { get; init; }

    /// <summary>The latest solve; set exactly when the ticket is solved or closed.</summary>
    public DateTime? SolvedAt { get; init; }
    public required string SolvedAtText { get; init; }
    public required string SatisfactionScore { get; init; }
    public int GroupStations { get; init; }
    public int AssigneeStations { get; init; }
    public int Reopens { get; init; }

    /// <summary>Public agent replies (0 for an auto-closed or merged ticket).</summary>
    public int Replies { get; init; }
    public int? FirstReplyBusinessMinutes { get; init; }
    public int? FirstResolutionBusinessMinutes { get; init; }
    public int? FullResolutionBusinessMinutes { get; init; }
    public int? AgentWaitBusinessMinutes { get; init; }
    public int? RequesterWaitMinutes { get; init; }
    public int? RequesterWaitBusinessMinutes { get; init; }
    public int? OnHoldBusinessMinutes { get; init; }

    /// <summary>The category: null without <see cref="ZendeskExportFixture.WithCategories"/>, else null for "-" (its tag is in <see cref="Tags"/> either way).</summary>
    public string? Category { get; init; }

    public bool IsSolved => Status is "Solved" or "Closed";
}
