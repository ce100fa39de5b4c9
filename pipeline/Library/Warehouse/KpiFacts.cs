using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// The stored per-ticket and per-response rows, the tables <c>kpi_tickets</c> and <c>kpi_surveys</c> (docs/kpis.md,
/// "Stored per-ticket rows"). Their definitions are <c>kpi_tickets_live()</c> and <c>kpi_surveys_live()</c> in
/// <c>queries/views/</c>; the ingest keeps the rows of the tickets a file touches (<see cref="Update"/>), and the
/// tables are rebuilt when what they were computed with changes: the reporting zone, the business calendar, the
/// SLA targets, or the definitions themselves. A session with other settings (a <c>--timezone</c>, a changed
/// configuration opened read-only) computes its own rows as temporary tables, and says so.
/// </summary>
public static class KpiFacts
{
    /// <summary>
    /// Makes the session's <c>kpi_tickets</c> and <c>kpi_surveys</c> those of <paramref name="settings"/>: a writer
    /// rebuilds the stored tables when they were computed otherwise (or not at all); a reader whose settings differ
    /// from the stored ones computes temporary tables for itself. Returns what was done, for a note; null when the
    /// stored rows serve as they are.
    /// </summary>
    public static string? Ensure(DuckDBConnection db, AnalyticsSettings settings, bool persistent)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(settings);
        var (fingerprint, described) = Fingerprint(settings);
        using var command = db.Create(SqlFiles.Read("facts/state.sql"));
        using var reader = command.ExecuteReader();
        reader.Read();
        var stored = reader.IsDBNull(0) ? null : reader.GetString(0);
        if (stored == fingerprint)
        {
            return null;
        }
        var why = stored is null ? null : Difference(reader.IsDBNull(1) ? "" : reader.GetString(1), described);
        if (persistent)
        {
            db.Execute(SqlFiles.Read("facts/rebuild.sql"), new { fingerprint, settings = described });
            BuildTicketDays(db, persistent);
            db.Execute(SqlFiles.Read("facts/comments.sql"));
            return why is null ? null : $"the KPI rows were computed again: {why}";
        }
        db.Execute(SqlFiles.Read("facts/session.sql"));
        BuildTicketDays(db, persistent);
        return why is null
            ? "the warehouse has no stored KPI rows yet: computed them for this command"
            : $"computed the KPI rows for this command: {why}";
    }

    /// <summary>
    /// The backlog's counts per day (<c>kpi_ticket_days</c>) from the rows just computed. Its definition reads
    /// <c>kpi_tickets</c>, which DuckDB wants to exist when the macro is made: so it is made here, after the table,
    /// as well as in its turn with the other views.
    /// </summary>
    private static void BuildTicketDays(DuckDBConnection db, bool persistent)
    {
        db.Execute(Views.Scoped(SqlFiles.Read(Views.TicketDaysDefinition), persistent));
        db.Execute(Views.Scoped(SqlFiles.Read("facts/ticket_days.sql"), persistent));
    }

    /// <summary>What differs between the settings the rows were computed with and these: "reporting zone Asia/Tokyo (stored: UTC)", or the definitions.</summary>
    private static string Difference(string stored, string current)
    {
        var before = stored.Split("; ");
        var changed = current.Split("; ").Where(part => !before.Contains(part)).ToList();
        return changed.Count == 0
            ? "this version of the program defines them otherwise"
            : $"{string.Join("; ", changed)} (the stored ones: {string.Join("; ", before.Where(part => !current.Split("; ").Contains(part)))})";
    }

    /// <summary>
    /// After a file is loaded (in its transaction): the rows of what it touched, computed again. The tickets the file
    /// wrote are read from <paramref name="fileRows"/>: <c>tickets</c>, or a view of the same rows as the ingest staged
    /// them, which DuckDB reads on every core (the rows just written to <c>tickets</c> it scans on one).
    /// </summary>
    public static void Update(DuckDBConnection db, string sha256, string fileRows = "tickets")
    {
        ArgumentNullException.ThrowIfNull(db);
        // The file turns an optimizer off for one statement and back on after it. When the statement fails, the
        // transaction is aborted and nothing more can run in it: the caller resets the option after the rollback
        // (FileIngestor), since it holds for the whole database, not this connection alone.
        var values = new Dictionary<string, object?>
        {
            ["sha256"] = sha256,
            ["file_rows"] = fileRows,
            // The rows the update appends to kpi_tickets come after this one (queries/facts/update.sql).
            ["kpi_tickets_last_rowid"] = db.Scalar<long?>(SqlFiles.Read("facts/last_rowid.sql")) ?? -1L,
        };
        db.Execute(Sql.WithLiterals(SqlFiles.Read("facts/update.sql"), values));
        // Without any survey response there is no stored survey row to change, and the update's joins would hash every
        // ticket the file wrote to find none (a first load of tickets; docs/performance.md).
        if (db.Scalar<bool>(SqlFiles.Read("facts/any_surveys.sql")))
        {
            db.Execute(Sql.WithLiterals(SqlFiles.Read("facts/update_surveys.sql"), values));
        }
    }

    /// <summary>
    /// SHA-256 of the definitions (the files of <c>queries/views/</c> the rows are computed from,
    /// <see cref="Views.RowDefinitions"/>) and of the settings the rows depend on, and
    /// those settings as text.
    /// </summary>
    public static (string Fingerprint, string Settings) Fingerprint(AnalyticsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var hours = settings.BusinessHours;
        var described = string.Join("; ",
            $"reporting zone {settings.Reporting.TimeZone}",
            hours.IsConfigured
                ? $"business hours in {hours.TimeZone}: " + string.Join(" ", hours.Windows.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Weekday}:{w.OpensMinute}-{w.ClosesMinute}")))
                  + (hours.Holidays.Count == 0 ? "" : ", holidays " + string.Join(" ", hours.Holidays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))
                : "no business hours",
            settings.Sla.FirstResponseMinutes.Count == 0
                ? "no SLA targets"
                : "SLA " + string.Join(" ", settings.Sla.FirstResponseMinutes.OrderBy(t => t.Key, StringComparer.Ordinal)
                      .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}={t.Value}")))
                  + (settings.Sla.BusinessHours ? " business minutes" : " calendar minutes"));
        var text = new StringBuilder(described);
        foreach (var file in Views.RowDefinitions())
        {
            text.Append('\n').Append(file).Append('\n').Append(SqlFiles.Read(file));
        }
        return (Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), described);
    }
}
