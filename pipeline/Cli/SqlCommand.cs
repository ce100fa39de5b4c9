using System.CommandLine;

namespace Analytics.Pipeline.Cli;

public static class SqlCommand
{
    public static Command Create()
    {
        var command = new Command("sql", "not yet implemented");
        command.SetAction(_ => ExitCodes.Failed);
        return command;
    }
}
