using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Benchmarks;

/// <summary>
/// How well the sentiment models tell negative from positive texts written by people nobody here knows (docs/voc.md,
/// "Quality"): AUC per set, language and model, the learnt model cross-validated (stratified 5-fold, fixed seed), the
/// lexicon on the same texts. The sets are fetched when it runs, never stored in the repository:
/// <list type="bullet">
/// <item>the French comments of the real NPS survey in <c>../shared/data/surveys/nps_botanic.csv</c> (CC0), loaded
/// through the ingest and labelled by the product's own query (promoters positive, detractors negative);</item>
/// <item>the UCI "Sentiment Labelled Sentences" (Kotzias et al., CC BY 4.0: Amazon product, Yelp restaurant and IMDb
/// film review sentences, human-labelled), as the npm package <c>sentiment</c> 5.0.2 (MIT) ships them in
/// <c>test/fixtures/</c>, unpacked from <c>npm pack</c> into the work directory;</item>
/// <item>355 Russian sentences of CEDR (Apache-2.0; crowd-labelled emotions turned into a tone), the one set in the
/// repository: <c>tests/Analytics.Benchmarks/data/cedr/</c>, whose README says what was taken and how;</item>
/// <item>any other labelled set given as a CSV of <c>text,label</c> (label positive or negative) with
/// <c>--labelled FILE</c>.</item>
/// </list>
/// </summary>
public static class TextQualityBenchmark
{
    /// <summary>The npm package carrying the UCI sentences, and the version whose files were checked.</summary>
    public const string UciPackage = "sentiment@5.0.2";

    private sealed record Set(string Name, string Source, IReadOnlyList<LabelledText> Texts);

    public static string Run(BenchmarkOptions options)
    {
        var sets = new List<Set>();
        var notes = new List<string>();
        var surveys = options.Surveys;
        if (File.Exists(surveys))
        {
            sets.Add(new Set("nps_botanic (NPS comments)", "shared/data, CC0", NpsComments(surveys, options.WorkDirectory)));
        }
        else
        {
            notes.Add($"{surveys} not found: the NPS survey's French comments were not measured.");
        }
        var uci = UciSentences(options.WorkDirectory);
        foreach (var (name, texts) in uci)
        {
            sets.Add(new Set($"UCI {name}", "npm sentiment 5.0.2, CC BY 4.0", texts));
        }
        sets.Add(new Set("UCI amazon + yelp", "npm sentiment 5.0.2, CC BY 4.0", [.. uci["amazon"], .. uci["yelp"]]));
        sets.Add(new Set("CEDR sample (Russian)", "repository, Apache-2.0", LabelledCsv(Path.Combine(AppContext.BaseDirectory, "data", "cedr", "cedr-sentiment-sample.csv"))));
        foreach (var file in options.Labelled ?? [])
        {
            sets.Add(new Set(Path.GetFileName(file), "--labelled", LabelledCsv(file)));
        }

        var table = new StringBuilder();
        table.AppendLine("| set | texts | positive | negative | lexicon AUC | learnt AUC (CV) | seconds |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var set in sets)
        {
            var watch = Stopwatch.StartNew();
            var result = SentimentEvaluation.CrossValidate(set.Texts, l2: options.L2);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Name}: {set.Texts.Count} texts in {seconds:F1} s"));
            foreach (var row in result.Rows.Where(r => r.Positive + r.Negative > 0))
            {
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {set.Name} ({set.Source}) | {row.Texts.Text()} | {row.Positive:N0} | {row.Negative:N0} | {Auc(row.LexiconAuc)} | {Auc(row.LearntAuc)} | {(row.Texts == EvaluatedTexts.All ? seconds.ToString("F1", CultureInfo.InvariantCulture) : "")} |"));
            }
        }
        table.AppendLine();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"AUC: negative vs positive, ties count half. Learnt: stratified {StratifiedFolds.DefaultFolds}-fold cross-validation (seed {StratifiedFolds.DefaultSeed}, λ = {options.L2}), held-out scores pooled. Lexicon: the same texts; it reads English and Russian only, so a text in another language (\"other\": the French comments) scores 0 and its AUC there is 0.5 by construction."));
        table.AppendLine().AppendLine(Speed(sets));
        foreach (var note in notes)
        {
            table.AppendLine().AppendLine(note);
        }
        return table.ToString();
    }

    /// <summary>
    /// Texts scored per second on one thread by each model, over every text of the sets (a learnt model fitted on the
    /// first set), best of three passes: what a refresh costs per text besides reading and storing it.
    /// </summary>
    private static string Speed(IReadOnlyList<Set> sets)
    {
        var texts = sets.SelectMany(s => s.Texts).Select(t => t.Text).ToList();
        var learnt = LearntSentiment.Train(sets[0].Texts);
        double Rate(Func<string, SentimentScore> score) => texts.Count / Enumerable.Range(0, 3).Min(_ => Timing.Time(() =>
        {
            foreach (var text in texts)
            {
                score(text);
            }
        }));
        return string.Create(CultureInfo.InvariantCulture,
            $"Scoring speed, one thread, {texts.Count:N0} texts of {texts.Average(t => t.Length):F0} characters on average: lexicon {Rate(t => LexiconSentiment.Score(t)):N0} texts/s, learnt {Rate(learnt.Score):N0} texts/s ({learnt.Weights.Count:N0} weights).");
    }

    private static string Auc(double? auc) => auc is { } value ? value.ToString("F3", CultureInfo.InvariantCulture) : "–";

    /// <summary>The NPS survey loaded by the ingest (Latin-1, no dates) and labelled by the product's own query.</summary>
    private static IReadOnlyList<LabelledText> NpsComments(string path, string work)
    {
        var file = Timing.FreshFile(work, "text-quality.duckdb");
        using var db = WarehouseDb.OpenForWrite(file, new AnalyticsSettings());
        new FileIngestor(db, new IngestOptions { Encoding = "latin1", SurveyDate = "2016-06-01" }).Ingest(path);
        return TextModels.LabelledComments(db);
    }

    /// <summary>amazon, yelp, imdb: 500 positive and 500 negative sentences each, from the npm package's fixtures (class 1 positive, 0 negative).</summary>
    private static Dictionary<string, IReadOnlyList<LabelledText>> UciSentences(string work)
    {
        var folder = NpmPackage(UciPackage, Path.Combine(work, "npm"));
        return new[] { "amazon", "yelp", "imdb" }.ToDictionary(name => name, name =>
        {
            var path = Path.Combine(folder, "test", "fixtures", name + ".json");
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            // Each file ends with an empty entry ({"text": "", "class": null}), left out.
            return (IReadOnlyList<LabelledText>)json.RootElement.EnumerateArray()
                .Where(e => e.GetProperty("class").ValueKind == JsonValueKind.Number)
                .Select(e => new LabelledText(e.GetProperty("text").GetString()!, e.GetProperty("class").GetInt32() == 1)).ToList();
        });
    }

    /// <summary>An npm package unpacked into a cache folder (fetched once with <c>npm pack</c>); its <c>package/</c> folder.</summary>
    private static string NpmPackage(string spec, string cache)
    {
        var folder = Path.Combine(cache, spec.Replace('@', '-').Replace('/', '-'));
        var package = Path.Combine(folder, "package");
        if (Directory.Exists(package))
        {
            return package;
        }
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "pack", spec, "--pack-destination", folder, "--silent" })
        {
            start.ArgumentList.Add(arg);
        }
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started");
        var output = npm.StandardOutput.ReadToEnd();
        var error = npm.StandardError.ReadToEnd();
        npm.WaitForExit();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm pack {spec} failed ({npm.ExitCode}): {error}");
        }
        var tarball = Path.Combine(folder, output.Trim().Split('\n')[^1].Trim());
        using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, folder, overwriteFiles: true);
        }
        return package;
    }

    /// <summary>A CSV of <c>text,label</c> with a header (label positive or negative; other labels left out), read by DuckDB.</summary>
    private static IReadOnlyList<LabelledText> LabelledCsv(string path)
    {
        using var db = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        db.Open();
        return db.Query<LabelledText>(
            "SELECT text, label = 'positive' AS positive FROM read_csv($path, header = true, all_varchar = true) WHERE label IN ('positive', 'negative')",
            new { path });
    }
}
