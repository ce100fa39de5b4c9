namespace Analytics.Pipeline.SampleData;

/// <summary>
/// Every tunable number of the synthetic help desk in one place. Shares are fractions of all tickets
/// unless said otherwise; durations say their unit in the name.
/// </summary>
internal static class Knobs
{
    // Time and calendar.
    public const string TimeZoneId = "Europe/Berlin";
    public const int BusinessOpenHour = 9;
    public const int BusinessCloseHour = 18;

    // Arrivals: weekday factors Monday..Sunday (weekend ~30% of a weekday), a mild upward trend,
    // and day-to-day noise (gamma with this shape; coefficient of variation 1/sqrt(shape)).
    public static readonly double[] WeekdayFactor = [1.15, 1.05, 1.0, 0.97, 0.88, 0.31, 0.29];
    public const double TrendPerYear = 0.20;
    public const double DailyNoiseShape = 60;

    // Relative arrivals per local hour 00..23: quiet nights, a late-morning peak, a post-lunch bump.
    public static readonly double[] WeekdayHourProfile =
        [0.5, 0.3, 0.2, 0.2, 0.3, 0.5, 1.2, 2.6, 4.8, 6.8, 7.8, 8.0, 6.6, 6.9, 7.2, 6.6, 5.8, 4.7, 3.6, 2.9, 2.5, 2.1, 1.5, 0.9];
    public static readonly double[] WeekendHourProfile =
        [0.8, 0.5, 0.3, 0.3, 0.3, 0.4, 0.7, 1.3, 2.4, 3.6, 4.6, 5.0, 4.9, 4.7, 4.6, 4.4, 4.2, 4.0, 3.9, 3.8, 3.5, 2.9, 2.0, 1.2];

    // Ticket attributes.
    public const double UncategorisedShare = 0.015;
    public const double NoPriorityShare = 0.02;
    public const double PrimaryTeamShare = 0.88;

    // First response and resolution, in business minutes (lognormal: median and log-sd). Priority,
    // channel and category factors scale the median (see Catalog).
    public const double FirstResponseMedianMinutes = 90;
    public const double FirstResponseSigma = 1.0;
    public const double ResolutionMedianMinutes = 810; // 1.5 business days of 9 hours
    public const double ResolutionSigma = 1.2;
    public const double ReworkMedianMinutes = 240;     // from a reopen to the next solve
    public const double ReworkSigma = 1.0;

    // Lifecycle shares.
    public const double DeletedShare = 0.005;
    public const double NeverAnsweredShare = 0.012;          // fell through the cracks, any age
    public const double NeverAnsweredRecentExtra = 0.20;     // plus this for brand-new tickets,
    public const double NeverAnsweredRecentDays = 6;         // decaying with age (e-folding days)
    public const double StalledShare = 0.016;                // answered, then parked (pending/hold) for good,
    public const double StalledRecentExtra = 0.16;           // plus this for recent tickets,
    public const double StalledRecentDays = 21;              // decaying with age (e-folding days)
    public const double ReopenShare = 0.085;
    public const double SecondReopenShare = 0.15;            // of reopened tickets
    public const double ReopenDelayMedianHours = 18;
    public const double ReopenDelayMaxHours = 90;            // before the auto-close
    public const int AutoCloseDays = 4;                      // solved tickets close after this many days
    public const double OneTouchQuick = 0.96;                // one-touch chance when solved within 1 business hour of the reply
    public const double OneTouchSameDay = 0.70;              // ... within one business day of the reply
    public const double OneTouchSlow = 0.40;                 // ... later

    // Surveys.
    public const double CsatShare = 0.30;                    // of solved tickets
    public const double CesShare = 0.08;                     // of solved tickets
    public const double OfferedWithoutRatingShare = 0.10;    // of solved tickets without a rating (Zendesk "Offered")
    public const double SurveyDelayMedianHours = 3;
    public const double NpsMonthlyShare = 0.05;              // of active customers, per month
    public const double CommentShare = 0.28;                 // of responses

    // How a ticket went (TicketStory): slow past these business hours of first response or resolution, quick when
    // solved at the first reply within these business hours.
    public const int SlowFirstResponseBusinessHours = 9;
    public const int SlowResolutionBusinessHours = 27;
    public const int QuickFirstResponseBusinessHours = 2;

    // What customers write (SampleTexts): the share who write Russian (the rest English), and the tone of a ticket's
    // description by how the ticket went, in TicketStory order (Quick, Ordinary, Slow, Unanswered, Reopened): the
    // shares negative and positive, the rest neutral. The customers of an injected incident are upset more often.
    public const double RussianShare = 0.3;
    public static readonly (double Negative, double Positive)[] DescriptionTone = [(0.05, 0.35), (0.2, 0.15), (0.65, 0.0), (0.7, 0.0), (0.85, 0.0)];
    public const double IncidentNegativeShare = 0.6;

    // Customers.
    public const int TicketsPerCustomer = 5;
    public const double CustomersBeforeStartShare = 0.6;
    public const double CustomerHistoryYears = 3;            // sign-ups before the period go back this far
    public const double MonthlyChurn = 0.02;
    public const double DaysPerMonth = 30.4375;

    // Injected spikes: the day holds about this many times the category's normal volume.
    public const string PaymentsSpikeCategory = "Payments";
    public const double PaymentsSpikeMultiplier = 4.0;
    public const string LoginSpikeCategory = "Login & Access";
    public const double LoginSpikeMultiplier = 3.0;
}
