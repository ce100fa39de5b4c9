using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Ingest;

/// <summary>How to read the files of one ingest call (from the command line or a configured source).</summary>
public sealed record IngestOptions
{
    /// <summary>auto or a vendor of <see cref="Vendors"/>.</summary>
    public string Vendor { get; init; } = Vendors.Auto;
    /// <summary>Name stored in the warehouse's source column; default: the recognised vendor.</summary>
    public string? SourceName { get; init; }
    /// <summary>IANA zone for timestamps without an offset; null when none was given: UTC, and the file does not
    /// count towards the reporting zone (recorded as <c>ingest_log.time_zone</c>).</summary>
    public string? TimeZone { get; init; }
    /// <summary>Encoding of files that are not UTF-8; null means UTF-8 only.</summary>
    public string? Encoding { get; init; }
    /// <summary>Response date (YYYY-MM-DD) for survey files that carry none.</summary>
    public string? SurveyDate { get; init; }
    /// <summary>Vendor column holding the category.</summary>
    public string? CategoryField { get; init; }

    /// <summary>How the files of a configured source are read (its <c>Sources[]</c> entry); the defaults when none.</summary>
    public static IngestOptions From(SourceSettings? source) => source is null ? new() : new()
    {
        Vendor = source.Vendor,
        SourceName = source.Name,
        TimeZone = source.TimeZone,
        Encoding = source.Encoding,
        SurveyDate = source.SurveyDate,
        CategoryField = source.CategoryField,
    };

    public string? Parameter(string name) => name switch
    {
        "survey_date" => SurveyDate,
        _ => null,
    };

    public static string ParameterHint(string name) => name switch
    {
        "survey_date" => "--survey-date YYYY-MM-DD (or Sources[].SurveyDate in the config)",
        _ => "--" + name.Replace('_', '-'),
    };

    public string? Setting(string name) => name switch
    {
        "CategoryField" => CategoryField,
        _ => null,
    };
}
