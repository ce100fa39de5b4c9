using System.Globalization;

namespace Analytics.Benchmarks;

/// <param name="Sizes">ingest: the numbers of tickets to measure.</param>
/// <param name="Tickets">kpi: the number of tickets in the warehouse the KPIs are computed over.</param>
/// <param name="Seeds">alerts: the number of seeded synthetic years.</param>
/// <param name="Nab">alerts: the NAB folder (combined_windows.json and data/).</param>
/// <param name="FirstSeed">alerts: the first seed of the detailed table (the options table also runs the other seed set).</param>
/// <param name="Python">kpi: the Python that runs the pandas reference (Debian's, with python3-pandas).</param>
/// <param name="Surveys">text-quality: the NPS survey whose French comments are measured.</param>
/// <param name="Labelled">text-quality: more labelled sets, CSV files of text,label.</param>
/// <param name="L2">text-quality: the L2 strength of the learnt model (default the product's).</param>
/// <param name="Descriptions">ingest: the tickets files measured: as generated (with), the same without their description column (without), or both.</param>
public sealed record BenchmarkOptions(string Command, IReadOnlyList<int> Sizes, int Tickets, int Runs, string WorkDirectory, int Seeds = 5, string Nab = "../shared/data/nab", int FirstSeed = 1,
    string Python = BenchmarkOptions.DebianPython, string Surveys = BenchmarkOptions.NpsSurvey, IReadOnlyList<string>? Labelled = null, double L2 = Analytics.Pipeline.Text.LearntSentiment.DefaultL2,
    string Descriptions = "with")
{
    public const string NpsSurvey = "../shared/data/surveys/nps_botanic.csv";

    public const string DebianPython = "/usr/bin/python3";

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Analytics.Benchmarks -- ingest [--sizes 100000,1000000] [--runs 3] [--work DIR] [--descriptions with|without|both]\n" +
        "       dotnet run -c Release --project tests/Analytics.Benchmarks -- kpi [--tickets 1000000] [--runs 3] [--work DIR] [--python /usr/bin/python3]\n" +
        "       dotnet run -c Release --project tests/Analytics.Benchmarks -- report [--runs 3] [--work DIR]   (after kpi: it reads kpi.duckdb)\n" +
        "       dotnet run -c Release --project tests/Analytics.Benchmarks -- alerts [--seeds 5] [--first-seed 1] [--nab ../shared/data/nab] [--work DIR]\n" +
        "       dotnet run -c Release --project tests/Analytics.Benchmarks -- sentiment [--runs 3] [--work DIR]   (after kpi: it copies kpi.duckdb)\n" +
        "       dotnet run -c Release --project tests/Analytics.Benchmarks -- text-quality [--surveys ../shared/data/surveys/nps_botanic.csv] [--labelled FILE.csv]... [--l2 0.0001] [--work DIR]";

    public static BenchmarkOptions? Parse(string[] args)
    {
        // Options come in pairs after the command; a dangling one is a mistake, not a default.
        if (args.Length == 0 || args[0] is not ("ingest" or "kpi" or "report" or "alerts" or "sentiment" or "text-quality") || args.Length % 2 == 0)
        {
            return null;
        }
        var command = args[0];
        IReadOnlyList<int> sizes = [100_000, 1_000_000];
        var tickets = 1_000_000;
        var runs = 3;
        var seeds = 5;
        var firstSeed = 1;
        var nab = "../shared/data/nab";
        var python = DebianPython;
        var surveys = NpsSurvey;
        var labelled = new List<string>();
        var l2 = Analytics.Pipeline.Text.LearntSentiment.DefaultL2;
        var descriptions = "with";
        var work = Path.Combine(Path.GetTempPath(), "analytics-benchmarks");
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--sizes" when command == "ingest": sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(); break;
                case "--tickets" when command == "kpi": tickets = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                case "--seeds" when command == "alerts": seeds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--nab" when command == "alerts": nab = args[i + 1]; break;
                case "--python" when command == "kpi": python = args[i + 1]; break;
                case "--first-seed" when command == "alerts": firstSeed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--surveys" when command == "text-quality": surveys = args[i + 1]; break;
                case "--labelled" when command == "text-quality": labelled.Add(args[i + 1]); break;
                case "--l2" when command == "text-quality": l2 = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--descriptions" when command == "ingest" && args[i + 1] is "with" or "without" or "both": descriptions = args[i + 1]; break;
                default: return null;
            }
        }
        return runs < 1 || tickets < 1 || seeds < 1 ? null : new BenchmarkOptions(command, sizes, tickets, runs, work, seeds, nab, firstSeed, python, surveys, labelled, l2, descriptions);
    }
}
