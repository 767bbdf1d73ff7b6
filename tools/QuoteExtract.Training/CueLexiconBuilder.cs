using System.Text;

namespace QuoteExtract.Training;

/// <summary>
/// Builds the library's cue lexicon (<c>src/QuoteExtract/Lexicon/Resources/cue-lexicon.tsv</c>): one row per lemma and part
/// of speech with its attribution type, frames and every inflected form. Its sources are the hand entries beside this file
/// (<c>Lexicon/hand-entries.tsv</c>: the hand cues with their rule flags, and the words whose VerbNet class types them
/// wrongly or that VerbNet lacks) and VerbNet 3.4's class membership, whose communication, judgment, directive, belief,
/// knowledge and intention classes type the remaining verbs (docs/attribution-types.md).
/// </summary>
internal static class CueLexiconBuilder
{
    // VerbNet class prefixes and the type their members get, in priority order: a verb in several classes takes the
    // first that matches ("say" is in say-37.7 and indicate-78: speech). Change of possession (13.*) types a verb as no
    // attribution by itself ("the club offered discounts"); its object is content only as a noun of content.
    private static readonly (string Prefix, string Type, string Frames)[] s_classTypes =
    [
        ("37.", "speech", "that"),
        ("33.1", "speech", "judgment"),
        ("58.", "speech", "audience,to"),
        ("38", "speech", "that"),
        ("84", "knowledge", "that"),
        ("87.2", "knowledge", "that"),
        ("97.2", "knowledge", "that"),
        ("14", "knowledge", "that"),
        ("30.1", "knowledge", "that"),
        ("30.2", "knowledge", "that"),
        ("78", "knowledge", "that"),
        ("29.5", "belief", "that"),
        ("29.9", "belief", "that"),
        ("31.2", "belief", "judgment"),
        ("31.3", "belief", "that"),
        ("88.1", "belief", "that"),
        ("81", "belief", "that"),
        ("34.2", "belief", "that"),
        ("32.", "intention", "to"),
        ("61.", "intention", "to"),
        ("62", "intention", "to"),
        ("77.2", "intention", "to"),
        ("95.4", "intention", "to"),
        ("69", "intention", ""),
        // Experiencer-object verbs of emotion ("attacks on the judge alarm legal experts").
        ("31.1", "belief", ""),
        ("13.", "none", "give"),
    ];

    private sealed record Row(string Lemma, string Pos, string Type, string Frames, List<string> Forms, string Origin);

    public static int Run(string verbNetFile, string handFile, string irregularFile, string outFile)
    {
        foreach (var file in new[] { verbNetFile, handFile, irregularFile })
            if (!File.Exists(file)) { Console.Error.WriteLine($"not found: {file}"); return 2; }
        var irregular = ReadIrregular(irregularFile);
        var verbNet = ReadVerbNet(verbNetFile);
        var rows = new List<Row>();
        var seen = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(handFile))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var p = line.Split('\t');
            if (p.Length < 4) throw new FormatException($"{handFile}: a row needs lemma, pos, type and frames: '{line}'");
            var (lemma, pos, type, frames) = (p[0], p[1], p[2], p[3]);
            if (!seen.Add((lemma, pos))) throw new FormatException($"{handFile}: {lemma} ({pos}) is listed twice");
            var given = p.Length > 4 && p[4].Length > 0 ? p[4].Split(',') : [];
            var forms = pos switch
            {
                "verb" => VerbForms(lemma, given, irregular),
                // "shoot back": the verb's forms with the particle ("shot back", "shooting back").
                "phrasal" => [.. VerbForms(lemma[..lemma.IndexOf(' ')], given, irregular).Select(f => f + lemma[lemma.IndexOf(' ')..])],
                "noun" => [lemma, .. Plural(lemma), .. given],
                _ => [lemma, .. given],
            };
            var origin = pos == "verb" && verbNet.TryGetValue(lemma, out var classes) ? "hand; vn " + string.Join(' ', classes) : "hand";
            rows.Add(new Row(lemma, pos, type, frames, Distinct(forms), origin));
        }
        int fromVerbNet = 0;
        foreach (var (lemma, classes) in verbNet.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (seen.Contains((lemma, "verb")) || !lemma.All(c => char.IsAsciiLetterLower(c) || c == '-')) continue;
            var match = s_classTypes.Select(ct => (ct, found: classes.Any(c => ClassNumber(c).StartsWith(ct.Prefix, StringComparison.Ordinal))))
                .FirstOrDefault(m => m.found).ct;
            if (match.Type is null) continue;
            // A verb typed by one class among many is mostly something else ("get": become, obtain, …, and once
            // initiate_communication; "cut": amuse among ten physical classes): only a verb whose typed classes are at least
            // half of its classes takes a type.
            int typedClasses = classes.Count(c => s_classTypes.Any(ct => ClassNumber(c).StartsWith(ct.Prefix, StringComparison.Ordinal)));
            if (typedClasses * 2 < classes.Length) continue;
            rows.Add(new Row(lemma, "verb", match.Type, match.Frames, Distinct(VerbForms(lemma, [], irregular)), "vn " + string.Join(' ', classes)));
            fromVerbNet++;
        }
        var text = new StringBuilder();
        text.Append("# The cue lexicon: lemma, part of speech, attribution type (docs/attribution-types.md), frames, forms, origin.\n");
        text.Append("# Built by `dotnet run --project tools/QuoteExtract.Training -- lexicon` from tools/QuoteExtract.Training/Lexicon/\n");
        text.Append("# (hand entries, irregular verbs) and VerbNet 3.4 class membership (../shared/lexicons/verbnet). Do not edit by hand.\n");
        foreach (var r in rows)
            text.Append(r.Lemma).Append('\t').Append(r.Pos).Append('\t').Append(r.Type).Append('\t').Append(r.Frames).Append('\t')
                .Append(string.Join(',', r.Forms)).Append('\t').Append(r.Origin).Append('\n');
        File.WriteAllText(outFile, text.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"{rows.Count} entries ({rows.Count - fromVerbNet} hand, {fromVerbNet} from VerbNet classes), {rows.Sum(r => r.Forms.Count)} forms -> {outFile}");
        return 0;
    }

    // "say-37.7-1-1" -> "37.7-1-1"; "animal_sounds-38" -> "38".
    private static string ClassNumber(string verbNetClass)
    {
        int dash = verbNetClass.IndexOf('-');
        return dash < 0 ? verbNetClass : verbNetClass[(dash + 1)..];
    }

    private static List<string> Distinct(IEnumerable<string> forms)
    {
        var list = new List<string>();
        foreach (var f in forms) if (f.Length > 0 && !list.Contains(f, StringComparer.OrdinalIgnoreCase)) list.Add(f);
        return list;
    }

    private static Dictionary<string, string[]> ReadVerbNet(string file)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var p = line.Split('\t');
            if (p.Length == 2 && p[0].Length > 0) result[p[0]] = p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return result;
    }

    private static Dictionary<string, string[]> ReadIrregular(string file)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var p = line.Split('\t');
            if (p.Length == 3) result[p[0]] = [.. p[1].Split(','), .. p[2].Split(',')];
        }
        return result;
    }

    /// <summary>The lemma, its third person, -ing form and past forms (irregular ones from the table or the row).</summary>
    internal static IEnumerable<string> VerbForms(string lemma, IReadOnlyList<string> given, Dictionary<string, string[]> irregular)
    {
        yield return lemma;
        yield return ThirdPerson(lemma);
        foreach (var f in Participles(lemma)) yield return f;
        // Irregular pasts from the table and the row's own forms ("pleaded", "pled"; "labelled", "labeled"); regular ones
        // only when neither gives a past.
        var table = irregular.TryGetValue(lemma, out var irr) ? irr : [];
        foreach (var f in table) yield return f;
        foreach (var f in given) yield return f;
        // (A row's own forms that are no past, "wanna", leave the regular pasts to be made.)
        if (table.Length == 0 && !given.Any(f => f.Length > 0 && f[^1] is 'd' or 't' or 'n')) foreach (var f in Pasts(lemma)) yield return f;
    }

    private static readonly HashSet<string> s_stressedFinal = new(StringComparer.Ordinal)
    {
        "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "regret", "rebut", "refer", "prefer", "confer",
        "defer", "deter", "occur", "concur", "incur", "recur", "compel", "propel", "expel", "repel", "control", "patrol",
        "equip", "abet", "outwit", "acquit", "allot", "embed", "extol", "rebel", "excel", "infer", "upset",
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // "ban" -> "bann-", "admit" -> "admitt-": a final consonant after a single vowel doubles in a stressed final syllable.
    private static bool Doubles(string lemma)
    {
        if (lemma.Length < 3) return false;
        char last = lemma[^1], vowel = lemma[^2], before = lemma[^3];
        if (IsVowel(last) || last is 'w' or 'x' or 'y' || !IsVowel(vowel) || IsVowel(before)) return false;
        if (s_stressedFinal.Contains(lemma)) return true;
        int groups = 0;
        for (int i = 0; i < lemma.Length; i++) if (IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1]))) groups++;
        return groups == 1;
    }

    // "label" -> both "labeled" and "labelled": a final l after one vowel in a longer verb doubles in British spelling.
    private static bool BritishDoubleL(string lemma) =>
        lemma.Length > 4 && lemma[^1] == 'l' && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]) && !Doubles(lemma);

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh") || lemma.EndsWith("ch")) return lemma + "es";
        if (lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2])) return lemma[..^1] + "ies";
        if (lemma.Length > 1 && lemma[^1] == 'o' && !IsVowel(lemma[^2])) return lemma + "es";
        return lemma + "s";
    }

    private static IEnumerable<string> Participles(string lemma)
    {
        if (lemma.EndsWith("ie")) { yield return lemma[..^2] + "ying"; yield break; }
        if (lemma.EndsWith('e') && !lemma.EndsWith("ee") && !lemma.EndsWith("ye") && !lemma.EndsWith("oe")) { yield return lemma[..^1] + "ing"; yield break; }
        if (Doubles(lemma)) { yield return lemma + lemma[^1] + "ing"; yield break; }
        yield return lemma + "ing";
        if (BritishDoubleL(lemma)) yield return lemma + "ling";
    }

    private static IEnumerable<string> Pasts(string lemma)
    {
        if (lemma.EndsWith('e')) { yield return lemma + "d"; yield break; }
        if (lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2])) { yield return lemma[..^1] + "ied"; yield break; }
        if (Doubles(lemma)) { yield return lemma + lemma[^1] + "ed"; yield break; }
        yield return lemma + "ed";
        if (BritishDoubleL(lemma)) yield return lemma + "led";
    }

    private static IEnumerable<string> Plural(string noun)
    {
        if (noun.EndsWith("news") || noun.EndsWith("advice") || noun.EndsWith("evidence") || noun.EndsWith("knowledge")) yield break;
        yield return ThirdPerson(noun);
    }
}
