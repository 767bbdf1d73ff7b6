using System.Text.Json;
using QuoteExtract.Evaluation;
using QuoteExtract.Output;

namespace QuoteExtract.Cli.Eval;

/// <summary>
/// Prints an evaluation run as one indented JSON object: counts, <c>lenient</c> and <c>strict</c> scores (and
/// <c>wholeLenient</c>, <c>wholeStrict</c>: matches whose speaker and cue are right too), speaker and cue agreement,
/// timing and per-document counts. Rates are fractions 0..1.
/// </summary>
internal static class EvalJsonWriter
{
    public static void Write(EvalRun run, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ResultJson.WriterOptions(indented: true)))
            Write(run, json);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Flush();
    }

    private static void Write(EvalRun run, Utf8JsonWriter json)
    {
        var r = run.Report;
        json.WriteStartObject();
        json.WriteString("goldDirectory", run.GoldDirectory);
        json.WriteNumber("documents", r.Documents);
        json.WriteNumber("failedDocuments", r.FailedDocuments);
        json.WriteNumber("goldAttributions", r.GoldAttributions);
        json.WriteNumber("goldWithoutSource", r.GoldWithoutSource);
        json.WriteNumber("predictions", r.Predictions);
        WriteThreshold(json, "lenient", r.Lenient);
        WriteThreshold(json, "strict", r.Strict);
        WriteThreshold(json, "wholeLenient", r.WholeLenient);
        WriteThreshold(json, "wholeStrict", r.WholeStrict);
        WriteAgreement(json, "speaker", r.Speaker);
        WriteAgreement(json, "cue", r.Cue);

        json.WriteStartObject("timing");
        json.WriteNumber("extractionSeconds", Math.Round(run.ExtractionTime.TotalSeconds, 3));
        json.WriteNumber("totalSeconds", Math.Round(run.TotalTime.TotalSeconds, 3));
        json.WriteNumber("megabytes", Math.Round(run.Megabytes, 3));
        json.WriteNumber("megabytesPerSecond", Math.Round(run.MegabytesPerSecond, 3));
        json.WriteEndObject();
        json.WriteNumber("annotationWarnings", run.Warnings.Count);

        json.WriteStartArray("perDocument");
        foreach (var d in r.PerDocument)
        {
            json.WriteStartObject();
            json.WriteString("document", d.Name);
            if (d.Error is null) json.WriteNull("error");
            else json.WriteString("error", d.Error);
            json.WriteNumber("gold", d.Gold.Attributions.Count);
            json.WriteNumber("predictions", d.Predictions.Count);
            json.WriteNumber("matchedLenient", d.LenientMatches.Count);
            json.WriteNumber("matchedStrict", d.StrictMatches.Count);
            json.WriteNumber("wrongSpeakers", d.WrongSpeakers.Count());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteThreshold(Utf8JsonWriter json, string name, ThresholdScores s)
    {
        json.WriteStartObject(name);
        json.WriteNumber("threshold", s.Threshold);
        json.WriteNumber("matched", s.Matched);
        json.WriteNumber("precision", Round(s.Precision));
        json.WriteNumber("recall", Round(s.Recall));
        json.WriteNumber("f1", Round(s.F1));
        json.WriteStartObject("recallByKind");
        foreach (var kind in s.RecallByKind)
        {
            json.WriteStartObject(kind.Kind.ToJsonName());
            json.WriteNumber("gold", kind.Gold);
            json.WriteNumber("found", kind.Found);
            json.WriteNumber("recall", Round(kind.Recall));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteAgreement(Utf8JsonWriter json, string name, AgreementScore a)
    {
        json.WriteStartObject(name);
        json.WriteNumber("pairs", a.Pairs);
        json.WriteNumber("agreeing", a.Agreeing);
        json.WriteNumber("rate", Round(a.Rate));
        json.WriteEndObject();
    }

    private static double Round(double rate) => Math.Round(rate, 4);
}
