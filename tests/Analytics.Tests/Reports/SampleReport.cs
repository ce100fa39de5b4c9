using Analytics.Reports.Model;

namespace Analytics.Tests.Reports;

/// <summary>
/// Hand-made report models: a busy week with 12 trend weeks, a spike in a Cyrillic-named category and two ROI
/// initiatives; and a week with no data at all. The figures agree with each other (backlog follows created
/// and solved, category and channel counts add up to the created tile) so the pages read like a real week.
/// </summary>
public static class SampleReport
{
    public const string CyrillicCategory = "Оплата и счета";

    public static readonly DateOnly From = new(2026, 11, 9);

    public static IReadOnlyList<DateOnly> Days => [.. Enumerable.Range(0, 7).Select(From.AddDays)];

    public static IReadOnlyList<string> Weeks => [.. Enumerable.Range(35, 12).Select(w => $"2026-W{w}")];

    public static ReportPeriod Period => new(Grain.Week, "2026-W46", From, From.AddDays(6), "2026-W45", "Europe/Berlin");

    public static ReportModel Busy() => new(
        "Weekly support report",
        Period,
        new DataFreshness(new DateTimeOffset(2026, 11, 15, 18, 42, 0, TimeSpan.FromHours(1)), 3),
        [
            new("Tickets created", "tickets_created", 1284, 1122, Direction.Neutral),
            new("Tickets solved", "tickets_solved", 1197, 1150, Direction.HigherIsBetter),
            new("Backlog", "backlog_end", 412, 325, Direction.LowerIsBetter),
            new("FRT median", "frt_median_min", 42.5, 38.0, Direction.LowerIsBetter, 60),
            new("Resolution median", "resolution_median_hours", 18.2, 20.6, Direction.LowerIsBetter, 24),
            new("FCR", "fcr_pct", 71.4, 73.0, Direction.HigherIsBetter, 70),
            new("CSAT", "csat_pct", 91.3, 89.8, Direction.HigherIsBetter, 90),
            new("NPS", "nps", 32.9, null, Direction.HigherIsBetter),
            new("CES", "ces_mean", 5.41, 5.38, Direction.HigherIsBetter),
            new("First-response SLA", "frt_sla_pct", 86.7, 90.2, Direction.HigherIsBetter, 90),
        ],
        [
            $"{CyrillicCategory} spiked on Wed 2026-11-11: 96 tickets against a usual 40 (invoice e-mails sent twice).",
            "Backlog rose by 87 to 412 open tickets; solved kept pace on weekdays, not at the weekend.",
            "First-response SLA fell 3.5 pp to 86.7%, below its 90% target, on the spike day.",
            "CSAT rose 1.5 pp to 91.3% on 212 responses.",
        ],
        new VolumeSection(
            Days,
            [212, 230, 265, 201, 188, 96, 92],
            [190, 221, 240, 215, 180, 80, 71],
            [347, 356, 381, 367, 375, 391, 412],
            [new("email", 562), new("chat", 388), new("phone", 201), new("web form", 133)],
            [
                new("Login and access", [52, 55, 58, 49, 45, 22, 20], []),
                new(CyrillicCategory, [38, 41, 96, 44, 39, 17, 15], [From.AddDays(2)]),
                new("Shipping", [40, 44, 42, 38, 36, 20, 19], []),
                new("Bug report", [30, 33, 31, 29, 28, 12, 11], []),
                new("How-to", [24, 27, 13, 21, 20, 11, 12], []),
                new("Refunds", [14, 15, 12, 11, 12, 8, 9], []),
            ]),
        new SpeedSection(
            Weeks,
            [36.0, 39.5, 41.2, 37.8, 35.1, 40.3, 44.9, 39.0, 36.6, 37.2, 38.0, 42.5],
            [182, 201, 215, 190, 176, 208, 262, 199, 188, 193, 197, 236],
            [20.1, 21.4, 22.8, 19.9, 19.2, 21.0, 23.6, 20.4, 19.7, 20.9, 20.6, 18.2],
            [66, 71, 78, 64, 62, 70, 88, 69, 66, 72, 70, 61],
            [new("<1 h", 702), new("1-4 h", 281), new("4-8 h", 118), new("8-24 h", 74), new(">24 h", 22)],
            [new("urgent", 30, 48, 87.5), new("high", 60, 196, 91.3), new("normal", 240, 702, 88.0), new("low", 1440, 251, 95.6)],
            HoursBasis.Business),
        new QualitySection(
            Weeks,
            [88.2, 89.0, 87.5, 90.1, 90.8, 89.4, 86.9, 88.7, 90.2, 89.9, 89.8, 91.3],
            [188, 201, 176, 194, 210, 187, 199, 205, 190, 196, 203, 212],
            [28.0, 30.5, 25.1, 29.4, 31.0, 27.7, 22.4, 26.8, null, 30.2, null, 32.9],
            [151, 160, 142, 149, 166, 158, 150, 157, 0, 161, 0, 170],
            [5.31, 5.35, 5.22, 5.40, 5.44, 5.36, 5.12, 5.29, 5.33, 5.37, 5.38, 5.41],
            [92, 97, 88, 95, 101, 90, 93, 99, 94, 96, 98, 104],
            [72.0, 73.5, 71.8, 74.2, 74.9, 72.6, 69.8, 72.4, 73.1, 73.6, 73.0, 71.4],
            [6.1, 5.8, 6.5, 5.4, 5.2, 6.0, 7.3, 6.2, 5.9, 5.7, 5.9, 6.6],
            90, 46, 34),
        new BreakdownSection(
            [
                new("Login and access", 301, 288, 35.2, 12.4, 93.5, false),
                new(CyrillicCategory, 290, 262, 58.9, 22.7, 84.1, true),
                new("Shipping", 239, 251, 40.1, 26.3, 90.2, false),
                new("Bug report", 174, 160, 47.6, 41.0, 88.0, false),
                new("How-to", 128, 85, 22.4, 6.5, 96.7, false),
                new("Refunds", 81, 76, 51.0, 30.8, null, false),
                new(null, 71, 0, 39.5, 19.0, 90.0, false),
            ],
            [
                new("Tier 1", 802, 701, 31.6, 9.8, 92.4, false),
                new("Tier 2", 356, 311, 61.2, 38.5, 88.9, false),
                new("Billing desk", 126, 110, 49.3, 20.1, 87.2, false),
            ]),
        new RetentionSection(
            Weeks,
            [97.1, 97.3, 96.8, 97.0, 97.4, 97.2, 96.5, 96.9, 97.0, 97.3, 97.1, 96.6],
            [
                new("Self-service help centre",
                [
                    ("deflected_tickets", 312L), ("cost_per_ticket", 6.8), ("deflection_benefit", 2121.6),
                    ("cost", 1500.0), ("benefit", 2121.6), ("roi_pct", 41.4),
                ]),
                new("Proactive billing e-mails",
                [
                    ("retained_customers", 4L), ("revenue_per_customer_month", 89.0), ("months_a", 12.0),
                    ("retention_benefit", 4272.0), ("cost", 2500.0), ("benefit", 4272.0), ("roi_pct", 70.9),
                ]),
            ]),
        [
            new("tickets_created", "Tickets whose creation time falls in the period, in the reporting time zone."),
            new("tickets_solved", "Tickets whose first solved time falls in the period."),
            new("backlog_end", "Tickets created before the period's end and not solved by then."),
            new("frt_median_min", "Median minutes from creation to the first public agent reply, over tickets first answered in the period; business hours when the report says so."),
            new("resolution_median_hours", "Median hours from creation to first solved, over tickets solved in the period."),
            new("fcr_pct", "Share of tickets solved in the period with one agent reply and never reopened."),
            new("csat_pct", "Share of CSAT responses in the period scoring 4 or 5 out of 5."),
            new("nps", "Promoters (9-10) minus detractors (0-6), as % of NPS responses in the period."),
            new("ces_mean", "Mean CES response in the period (1-7, 7 = very easy)."),
            new("frt_sla_pct", "Share of first responses in the period within the target of the ticket's priority."),
        ],
        [
            new("tickets", "zendesk", 48_211), new("tickets", "freshdesk", 6_904),
            new("ticket_events", "zendesk", 301_448), new("surveys", "nps_survey", 9_875),
            new("customers", "canonical", 2_140),
        ])
    {
        Voice = new VoiceSection(
            Weeks,
            [18.2, 17.9, 19.0, 18.5, 18.8, 17.6, 18.1, 19.4, 18.9, 18.3, 19.7, 24.6],
            [1010, 998, 1043, 1022, 1035, 990, 1012, 1060, 1041, 1025, 1122, 1284],
            [
                new("Payments", 412, 41.5, 22.0), new("Shipping", 301, 24.3, 23.1), new("Billing", 260, 12.3, 13.0),
                new(null, 40, 5.0, null),
            ],
            [
                new("payment failed", 57, 9, 6.41, "Payment failed twice,\nstill charged!\tPlease refund <b>now</b>"),
                new("двойное списание", 21, 1, 4.12, "Двойное списание с карты, жду возврата уже неделю"),
            ],
            [
                new("First response", "> 24 h", 96, 52.1, -31.4, -41.5, -21.3, 0.0000004, true),
                new("Reopened", "yes", 58, 61.8, -20.9, -33.9, -7.9, 0.012, true),
                new("Channel", "chat", 210, 86.0, 4.1, -1.0, 9.2, 0.31, false),
            ])
        {
            PhraseBaseline = "the 8 weeks before",
        },
    };

    /// <summary>A week in which nothing at all happened: no tickets, no surveys, no customers, nothing configured.</summary>
    public static ReportModel EmptyWeek() => new(
        "Weekly support report",
        Period,
        new DataFreshness(null, 0),
        [
            new("Tickets created", "tickets_created", null, null, Direction.Neutral),
            new("CSAT", "csat_pct", null, null, Direction.HigherIsBetter, 90),
        ],
        [],
        new VolumeSection(Days, [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [], []),
        new SpeedSection(Weeks, Nulls(), Nulls(), Nulls(), Nulls(),
            [new("<1 h", 0), new("1-4 h", 0), new("4-8 h", 0), new("8-24 h", 0), new(">24 h", 0)], [], HoursBasis.Calendar),
        new QualitySection(Weeks, Nulls(), Zeros(), Nulls(), Zeros(), Nulls(), Zeros(), Nulls(), Nulls(), 0, 0, 0),
        new BreakdownSection([], []),
        new RetentionSection(Weeks, Nulls(), []),
        [],
        []);

    private static double?[] Nulls() => new double?[12];

    private static long[] Zeros() => new long[12];
}
