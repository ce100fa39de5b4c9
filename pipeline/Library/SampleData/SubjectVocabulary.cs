namespace Analytics.Pipeline.SampleData;

/// <summary>A subject line and the tags an agent (or a trigger) would put on such a ticket.</summary>
internal sealed record SubjectLine(string Subject, string[] Tags);

/// <summary>
/// Subjects and tags per category. Some subjects deliberately hold commas, quotes and non-ASCII
/// letters so that every reader of the files meets real CSV quoting and UTF-8. Tags are plain
/// lower-case words (no separators inside).
/// </summary>
internal static class SubjectVocabulary
{
    private static SubjectLine S(string subject, params string[] tags) => new(subject, tags);

    /// <summary>Subjects per category, in <see cref="Catalog.Categories"/> order.</summary>
    public static readonly SubjectLine[][] Subjects =
    [
        [S("Question about my invoice", "invoice"), S("Charged twice, please refund", "double_charge", "refund"),
         S("Invoice shows wrong VAT number", "invoice", "vat"), S("Frage zur Rechnung", "invoice", "lang_de"),
         S("How do I download past invoices?", "invoice", "how_to")],
        [S("Password reset email not arriving", "password_reset"), S("Account locked after too many attempts", "lockout"),
         S("\"Remember me\" does not work", "session"), S("Can't access account after email change", "email_change"),
         S("SSO login redirects in a loop", "sso")],
        [S("Where is my order?", "wimo"), S("Parcel marked delivered but not received", "lost_parcel"),
         S("Lieferung verspätet", "delay", "lang_de"), S("Change delivery address", "address_change"),
         S("Tracking number not working", "tracking")],
        [S("Does the Pro plan include exports?", "plans"), S("How to set up team permissions", "permissions", "how_to"),
         S("Difference between Basic and Pro", "plans"), S("Is there a mobile app?", "mobile"),
         S("Question about data retention", "data_retention")],
        [S("Payment not going through", "payment_error"), S("Refund not received yet", "refund"),
         S("Update credit card details", "card_update"), S("SEPA mandate rejected", "sepa"),
         S("Why was my card charged 1,00 €?", "authorization_hold")],
        [S("Return label request", "return_label"), S("Item arrived damaged", "damaged"),
         S("Wrong size, want to exchange", "exchange"), S("Refund for returned item", "refund"),
         S("Return window question", "policy")],
        [S("Change company name on account", "account_update"), S("Add a new admin user", "users"),
         S("Close my account", "cancellation"), S("Transfer ownership to colleague", "ownership"),
         S("Update billing contact", "account_update")],
        [S("Export button does nothing", "export"), S("Error 500 when saving settings", "error_500"),
         S("Dashboard shows wrong totals", "reporting"), S("App crashes on startup (Android)", "mobile", "crash"),
         S("Dates shown in wrong time zone", "timezone")],
        [S("Shopify sync stopped", "shopify", "sync"), S("Webhook not firing", "webhook"),
         S("API returns 401 with valid token", "api_auth"), S("Slack notifications missing", "slack"),
         S("Salesforce field mapping question", "salesforce")],
        [S("Pages load very slowly", "slow"), S("Report takes minutes to generate", "reporting", "slow"),
         S("Timeouts during checkout", "timeout"), S("Search is slow since update", "search", "slow")],
        [S("Please add dark mode", "ui"), S("Feature idea: bulk edit", "bulk_edit"),
         S("Request: CSV import for contacts", "import"), S("Would love a calendar view", "ui")],
        [S("Suspicious login notification", "suspicious_login"), S("Report a phishing email", "phishing"),
         S("Request for our DPA / GDPR documents", "gdpr", "compliance"), S("Enable two-factor for all users", "2fa")],
    ];

    public static readonly SubjectLine[] Uncategorised =
    [
        S("Question", "untriaged"), S("Help needed", "untriaged"), S("(no subject)", "untriaged"), S("Re: your message", "untriaged"),
    ];

    /// <summary>Subjects of the tickets injected into a spike, keyed by category name: they stand out.</summary>
    public static SubjectLine[] SpikeSubjects(string category) => category switch
    {
        Knobs.PaymentsSpikeCategory =>
        [
            S("Card declined at checkout", "payment_failed", "card_declined", "incident_payments"),
            S("Payment failed but money reserved", "payment_failed", "incident_payments"),
            S("PAYMENT FAILED - urgent", "payment_failed", "incident_payments"),
            S("Card declined, tried 3 different cards", "card_declined", "incident_payments"),
        ],
        Knobs.LoginSpikeCategory =>
        [
            S("Cannot log in", "login_failed", "incident_login"),
            S("2FA code not arriving", "2fa_code", "incident_login"),
            S("Cannot log in - 2fa code invalid", "2fa_code", "login_failed", "incident_login"),
            S("Locked out since this morning", "login_failed", "incident_login"),
        ],
        _ => Uncategorised,
    };
}
