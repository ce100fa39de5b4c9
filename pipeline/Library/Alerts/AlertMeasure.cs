namespace Analytics.Pipeline.Alerts;

/// <summary>
/// What an alert measures (docs/alerts.md): a category's ticket volume (spikes; the total's stopped feed and volume
/// drop) or its share of negative texts ("Negative share"). A category has one alert state per measure: it may spike
/// in volume and in negative share independently. Stored as <c>alerts.measure</c> ("volume", "negative-share").
/// </summary>
public enum AlertMeasure
{
    /// <summary>Tickets created per day (docs/alerts.md, "Gates"; and the checks on the total).</summary>
    Volume,
    /// <summary>The share of the day's texts labelled negative (docs/alerts.md, "Negative share").</summary>
    NegativeShare,
}

/// <summary>Whose alert state a row changes: one category (or the total) and one measure.</summary>
public readonly record struct AlertKey(AlertMeasure Measure, string Category)
{
    /// <summary>The key of a category's volume alert (and of the total's checks, <see cref="DayTotal.Category"/>).</summary>
    public static AlertKey Volume(string category) => new(AlertMeasure.Volume, category);

    /// <summary>The key of a category's negative-share alert.</summary>
    public static AlertKey NegativeShare(string category) => new(AlertMeasure.NegativeShare, category);

    /// <summary>How people read it: "Payments" for the volume, "Payments (negative share)" for the share.</summary>
    public string Label => Measure == AlertMeasure.Volume ? Category : $"{Category} ({NegativeShareLabel})";

    /// <summary>The words the outputs name the measure with.</summary>
    public const string NegativeShareLabel = "negative share";
}
