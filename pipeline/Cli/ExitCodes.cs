namespace Analytics.Pipeline.Cli;

/// <summary>The process exit codes of the CLI contract.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command failed; the message is on stderr.</summary>
    public const int Failed = 1;
    /// <summary>Bad usage or bad input the user must fix.</summary>
    public const int Usage = 2;
}
