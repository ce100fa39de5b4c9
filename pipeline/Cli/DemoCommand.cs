using System.CommandLine;

namespace Analytics.Pipeline.Cli;

public static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "not yet implemented");
        command.SetAction(_ => ExitCodes.Failed);
        return command;
    }
}
