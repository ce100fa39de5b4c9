namespace Analytics.Pipeline.SampleData;

/// <summary>A ticket category: its share of tickets, the team that owns it and how hard it is.</summary>
internal sealed record Category(string Name, string Tag, double Share, int Team, double ResolutionFactor, string ZendeskType);

/// <summary>A contact channel with its share and how it is named by each vendor.</summary>
internal sealed record Channel(string Name, double Share, double FirstResponseFactor, double ResolutionFactor, string ZendeskVia, string FreshdeskSource);

/// <summary>A priority with its share, speed factors and SLA targets in business hours.</summary>
internal sealed record Priority(
    string Name, double Share, double FirstResponseFactor, double ResolutionFactor,
    string Zendesk, string Freshdesk, double FirstResponseTargetHours, double ResolutionTargetHours);

internal sealed record Agent(string Id, string Name, int Team, double Weight);

/// <summary>The fixed cast of the synthetic help desk.</summary>
internal static class Catalog
{
    public static readonly string[] Teams = ["Billing & Payments", "General Support", "Technical Support", "Trust & Safety"];
    public const int GeneralSupport = 1;

    // Very different volumes on purpose: the largest is about ten times the smallest.
    public static readonly Category[] Categories =
    [
        new("Billing", "billing", 16, 0, 0.8, "Question"),
        new("Login & Access", "login_access", 13, 1, 0.5, "Incident"),
        new("Shipping", "shipping", 12, 1, 1.1, "Question"),
        new("Product Question", "product_question", 12, 1, 0.7, "Question"),
        new("Payments", "payments", 10, 0, 0.9, "Incident"),
        new("Returns", "returns", 9, 1, 1.3, "Task"),
        new("Account Changes", "account_changes", 8, 1, 0.6, "Task"),
        new("Bug Report", "bug", 7, 2, 2.5, "Problem"),
        new("Integrations", "integrations", 4.5, 2, 2.0, "Incident"),
        new("Performance", "performance", 3.5, 2, 1.8, "Incident"),
        new("Feature Request", "feature_request", 2.5, 2, 1.2, "Task"),
        new("Security", "security", 1.5, 3, 1.5, "Incident"),
    ];

    public static readonly Channel[] Channels =
    [
        new("email", 38, 1.0, 1.0, "Email", "Email"),
        new("web", 22, 1.0, 1.0, "Web form", "Portal"),
        new("chat", 17, 0.10, 0.35, "Chat", "Chat"),
        new("phone", 8, 0.05, 0.30, "Phone call (incoming)", "Phone"),
        new("messaging", 7, 0.35, 0.6, "WhatsApp", "Chat"),
        new("social", 3, 0.8, 0.9, "Facebook", "Feedback Widget"),
        new("api", 4, 1.2, 1.1, "API", "Portal"),
        new("other", 1, 1.3, 1.2, "Closed ticket", "Feedback Widget"),
    ];

    public static readonly Priority[] Priorities =
    [
        new("low", 20, 1.6, 1.4, "Low", "Low", 8, 27),
        new("normal", 62, 1.0, 1.0, "Normal", "Medium", 4, 18),
        new("high", 15, 0.5, 0.6, "High", "High", 2, 9),
        new("urgent", 3, 0.2, 0.3, "Urgent", "Urgent", 1, 4),
    ];

    public static readonly string[] Products = ["Web App", "Mobile App", "Public API", "Checkout"];

    public static readonly Agent[] Agents =
    [
        new("agent-01", "Anna Schmidt", 0, 1.3), new("agent-02", "Jonas Weber", 0, 1.0),
        new("agent-03", "Lea Fischer", 0, 0.9), new("agent-04", "Tobias Wagner", 0, 0.7),
        new("agent-05", "Mia Becker", 1, 1.4), new("agent-06", "Lukas Hoffmann", 1, 1.2),
        new("agent-07", "Sofia Rossi", 1, 1.1), new("agent-08", "Emil Nowak", 1, 1.0),
        new("agent-09", "Hannah Koch", 1, 1.0), new("agent-10", "Paul Richter", 1, 0.9),
        new("agent-11", "Clara Dubois", 1, 0.8), new("agent-12", "Ben Schulz", 1, 0.6),
        new("agent-13", "Ida Lindqvist", 1, 0.4),
        new("agent-14", "Felix Braun", 2, 1.2), new("agent-15", "Nora Keller", 2, 1.0),
        new("agent-16", "David Kowalski", 2, 0.9), new("agent-17", "Marie Lefèvre", 2, 0.7),
        new("agent-18", "Jan Zimmermann", 2, 0.5),
        new("agent-19", "Eva Hartmann", 3, 1.0), new("agent-20", "Omar Haddad", 3, 0.8),
    ];

    public static int CategoryIndex(string name) => Array.FindIndex(Categories, c => c.Name == name);
}
