using Analytics.Pipeline.Cli;

namespace Analytics.Tests.SampleData;

/// <summary>`analytics sample-data` writes the files and refuses bad values with exit code 2.</summary>
public sealed class SampleDataCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sample-data-cli-").FullName;

    [Theory]
    [InlineData("--tickets", "0")]
    [InlineData("--tickets", "-5")]
    [InlineData("--tickets", "many")]
    [InlineData("--weeks", "0")]
    [InlineData("--format", "xml")]
    [InlineData("--end", "2026-02-30")]
    [InlineData("--end", "15.11.2026")]
    public async Task Bad_values_exit_with_code_2_and_write_nothing(string option, string value)
    {
        var outDir = Path.Combine(_root, "bad");
        var code = await CliApp.RunAsync(["sample-data", "--out", outDir, option, value]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Missing_out_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.Usage, await CliApp.RunAsync(["sample-data", "--tickets", "10"]));
    }

    [Fact]
    public async Task Writes_the_requested_format_and_prints_one_line_per_file()
    {
        var outDir = Path.Combine(_root, "ok");
        var output = new StringWriter();
        var parse = CliApp.BuildRoot().Parse(["sample-data", "--out", outDir, "--tickets", "400", "--weeks", "2", "--format", "freshdesk", "--end", "2026-03-31"]);
        var code = await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, EnableDefaultExceptionHandler = false });
        Assert.Equal(ExitCodes.Success, code);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("freshdesk_tickets.csv", line, StringComparison.Ordinal);
        Assert.EndsWith(" rows", line, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "freshdesk_tickets.csv")));
        Assert.Single(Directory.GetFiles(outDir));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
