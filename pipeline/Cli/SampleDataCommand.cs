using System.CommandLine;

namespace Analytics.Pipeline.Cli;

public static class SampleDataCommand
{
    public static Command Create()
    {
        var command = new Command("sample-data", "not yet implemented");
        command.SetAction(_ => ExitCodes.Failed);
        return command;
    }
}
