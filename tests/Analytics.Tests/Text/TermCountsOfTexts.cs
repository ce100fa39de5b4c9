using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>A text to count: in the period or in the baseline, with the ticket's tags when tags count as terms.</summary>
public sealed record TextDocument(string? Text, bool InPeriod, IReadOnlyList<string>? Tags = null);

/// <summary>
/// The counts the warehouse's stored terms add up to (queries/text/term_counts.sql), worked out from texts in memory:
/// each text's terms once (<see cref="TextTerms.Once"/>), its tags once, the way most texts write a term (the smaller of
/// equally many), the period's latest text as the example (texts given oldest first). The reference the tests hold the
/// query to, and a way to give <see cref="TermCounts"/> hand-made texts.
/// </summary>
public static class TermCountsOfTexts
{
    public static TermCounts Count(IEnumerable<TextDocument> documents)
    {
        var terms = new Dictionary<TermKey, (int Period, int Baseline, Dictionary<string, int> Forms, string? Example)>();
        int period = 0, baseline = 0;
        foreach (var document in documents)
        {
            if (document.InPeriod)
            {
                period++;
            }
            else
            {
                baseline++;
            }
            var occurrences = TextTerms.Once(document.Text).AsEnumerable();
            if (document.Tags is { } tags)
            {
                occurrences = occurrences.Concat(tags.Select(TextTerms.Tag).OfType<TermOccurrence>().DistinctBy(t => t.Term));
            }
            foreach (var occurrence in occurrences)
            {
                if (!terms.TryGetValue(occurrence.Term, out var term))
                {
                    term = (0, 0, new Dictionary<string, int>(StringComparer.Ordinal), null);
                }
                term.Forms[occurrence.Surface] = term.Forms.GetValueOrDefault(occurrence.Surface) + 1;
                terms[occurrence.Term] = document.InPeriod
                    ? (term.Period + 1, term.Baseline, term.Forms, document.Text)
                    : (term.Period, term.Baseline + 1, term.Forms, term.Example);
            }
        }
        var rows = terms.Select(t => new TermRow(t.Key.Kind, t.Key.Key,
            t.Value.Forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            t.Value.Period, t.Value.Baseline, t.Value.Example));
        return TermCounts.From(rows.Append(new TermRow(null, null, null, period, baseline, null)));
    }
}
