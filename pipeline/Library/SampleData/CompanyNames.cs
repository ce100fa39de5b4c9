namespace Analytics.Pipeline.SampleData;

/// <summary>Made-up company names for customers (Freshdesk's Company Name column).</summary>
internal static class CompanyNames
{
    private static readonly string[] CompanyStems =
        ["Nord", "Alpen", "Rhein", "Blau", "Stern", "Linden", "Hafen", "Berg", "Falk", "Sonnen", "Kiefer", "Elb", "Adler", "Moos"];

    private static readonly string[] CompanySuffixes =
        ["werk", "tech", "haus", "logistik", "daten", "design", "handel", "bau", "media", "soft"];

    private static readonly string[] CompanyForms = ["GmbH", "AG", "GmbH & Co. KG", "SE", "Ltd", "UG"];

    /// <summary>A company name for a customer, fixed by its index (a few contain a comma).</summary>
    public static string For(int customerIndex)
    {
        var stem = CompanyStems[customerIndex % CompanyStems.Length];
        var suffix = CompanySuffixes[customerIndex / CompanyStems.Length % CompanySuffixes.Length];
        var form = CompanyForms[customerIndex / 7 % CompanyForms.Length];
        return customerIndex % 23 == 5 ? $"{stem}{suffix}, Müller & Partner {form}" : $"{stem}{suffix} {form}";
    }
}
