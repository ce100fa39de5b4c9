namespace Analytics.Pipeline.Ingest;

/// <summary>The export formats the ingest recognises (see queries/mappings/).</summary>
public static class Vendors
{
    public const string Auto = "auto";
    public const string Canonical = "canonical";
    public const string Zendesk = "zendesk";
    public const string Freshdesk = "freshdesk";
    public const string ServiceNow = "servicenow";
    public const string Nps = "nps";

    public static readonly IReadOnlyList<string> All = [Auto, Canonical, Zendesk, Freshdesk, ServiceNow, Nps];
}
