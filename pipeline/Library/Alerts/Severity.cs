namespace Analytics.Pipeline.Alerts;

/// <summary>
/// How bad a spike is, growing with x / max(μ, 1): 1 below 2×, 2 from 2× up to below 3×, 3 at 3× and above.
/// </summary>
public static class Severity
{
    public const int Minor = 1;
    public const int Major = 2;
    public const int Critical = 3;

    public static int Of(double ratio) => ratio switch
    {
        < 2 => Minor,
        < 3 => Major,
        _ => Critical,
    };
}
