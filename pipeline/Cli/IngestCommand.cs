using System.CommandLine;

namespace Analytics.Pipeline.Cli;

public static class IngestCommand
{
    public static Command Create()
    {
        var command = new Command("ingest", "not yet implemented");
        command.SetAction(_ => ExitCodes.Failed);
        return command;
    }
}
