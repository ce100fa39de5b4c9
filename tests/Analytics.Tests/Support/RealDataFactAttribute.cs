namespace Analytics.Tests.Support;

/// <summary>
/// A test on the public real data in ../shared/data. Where that folder is absent (a clone without it),
/// the test is skipped with a message saying so, as the data's README asks; wherever the data is, it runs.
/// </summary>
public sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (!Directory.Exists(Fixtures.SharedDataFolder))
        {
            Skip = $"the shared real data is not at {Fixtures.SharedDataFolder} (it sits beside the repository)";
        }
    }
}
