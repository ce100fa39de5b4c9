using System.CommandLine;
using Analytics.Pipeline.Alerts;

namespace Analytics.Pipeline.Cli;

/// <summary><c>analytics alerts silence CATEGORY|--all --until DATE [--reason]</c> and <c>alerts unsilence CATEGORY|--all</c>.</summary>
public static class AlertsSilenceCommands
{
    public static Command Silence()
    {
        var category = new Argument<string?>("category") { Description = "The category to mute (its volume and its negative-share alerts), as in the tickets (e.g. Payments)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Mute all categories and the stopped-feed alert" };
        var until = new Option<string?>("--until") { Description = "Last local day muted, inclusive (YYYY-MM-DD)" };
        var reason = new Option<string?>("--reason") { Description = "Why, shown in alerts list and status" };
        var silence = new Command("silence", "Mute a category's alert emails (or all) through a date; changes are still recorded") { category, all, until, reason };
        silence.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var target = Target(parse.GetValue(category), parse.GetValue(all));
            var last = parse.GetValue(until) is { } text ? OptionValues.Day("--until", text) : throw new UserInputException("--until is required: the last day to mute (YYYY-MM-DD)");
            if (!File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var session = context.OpenForWrite();
            var db = session.Db;
            var zone = session.Settings.Reporting.TimeZone;
            var today = Configuration.LocalDate.Today(zone);
            if (last < today)
            {
                throw new UserInputException($"--until {last:yyyy-MM-dd} is in the past (today is {today:yyyy-MM-dd} in {zone})");
            }
            if (target is not null && !AlertLifecycleStore.KnownCategory(db, target))
            {
                Console.Error.WriteLine($"warning: no ticket in the warehouse has the category '{target}' (check the spelling); it is muted anyway");
            }
            AlertLifecycleStore.AddSilence(db, target, last, parse.GetValue(reason), DateTimeOffset.UtcNow);
            Console.Out.WriteLine($"{target ?? "All categories"} silenced through {last:yyyy-MM-dd}: changes on days up to then are recorded without an email");
            return ExitCodes.Success;
        });
        return silence;
    }

    public static Command Unsilence()
    {
        var category = new Argument<string?>("category") { Description = "The category whose silence to lift", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Lift the silence of all categories (set with silence --all)" };
        var unsilence = new Command("unsilence", "Lift a silence before its date") { category, all };
        unsilence.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var target = Target(parse.GetValue(category), parse.GetValue(all));
            if (!File.Exists(context.DatabasePath))
            {
                throw new UserInputException($"no warehouse at {context.DatabasePath}: run 'analytics ingest' or 'analytics demo' first");
            }
            using var session = context.OpenForWrite();
            var lifted = AlertLifecycleStore.LiftSilence(session.Db, target, Configuration.LocalDate.Today(session.Settings.Reporting.TimeZone), DateTimeOffset.UtcNow);
            Console.Out.WriteLine(lifted == 0
                ? $"{(target is null ? "All categories have" : target + " has")} no silence in force: nothing to lift"
                : $"{(target is null ? "The silence of all categories" : "The silence of " + target)} is lifted: its alert emails go out again");
            return ExitCodes.Success;
        });
        return unsilence;
    }

    private static string? Target(string? category, bool all)
    {
        if (all && category is not null)
        {
            throw new UserInputException("give a category or --all, not both");
        }
        if (!all && string.IsNullOrWhiteSpace(category))
        {
            throw new UserInputException("give a category (e.g. Payments) or --all");
        }
        return all ? null : category!.Trim();
    }
}
