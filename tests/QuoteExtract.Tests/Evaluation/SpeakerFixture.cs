using QuoteExtract.Evaluation;

namespace QuoteExtract.Tests.Evaluation;

/// <summary>
/// Invented CoNLL-U with GUM's <c>Entity=</c> annotations, for the mention reader and the speaker-resolution scorer.
/// </summary>
internal static class SpeakerFixture
{
    public const string Header = "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity";

    /// <summary>A full CoNLL-U word line: form, lemma, tag, head, relation and MISC.</summary>
    public static string W(int id, string form, string lemma, string tag, int head, string relation, string misc = "_") =>
        $"{id}\t{form}\t{lemma}\t{tag}\t_\t_\t{head}\t{relation}\t_\t{misc}";

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>
    /// <c>Dana's brother met the Acme board. He himself agreed.</c> — a multi-word token (Dana's), a mention nested in
    /// another (Dana's in Dana's brother), a single-word mention inside a longer one (Acme), a minimal span of two words
    /// (Acme board) and a mention nested in one of its own chain (He in He himself).
    /// </summary>
    public static readonly string Nested = Lines(
        "# newdoc id = test_nested",
        Header,
        "# newpar",
        "# text = Dana's brother met the Acme board.",
        "1-2\tDana's\t_\t_\t_\t_\t_\t_\t_\t_",
        W(1, "Dana", "Dana", "PROPN", 3, "nmod:poss", "Entity=(1-person-new-sssss-cf1-3-coref(2-person-new-sssss-cf2-1-coref-Dana_Smith"),
        W(2, "'s", "'s", "PART", 1, "case", "Entity=2)"),
        W(3, "brother", "brother", "NOUN", 4, "nsubj", "Entity=1)"),
        W(4, "met", "meet", "VERB", 0, "root"),
        W(5, "the", "the", "DET", 7, "det", "Entity=(3-organization-new-sssss-cf3-2,3-coref"),
        W(6, "Acme", "Acme", "PROPN", 7, "compound", "Entity=(4-organization-new-sssss-cf4-1-coref)"),
        W(7, "board", "board", "NOUN", 4, "obj", "Entity=3)|SpaceAfter=No"),
        W(8, ".", ".", "PUNCT", 4, "punct"),
        "",
        "# text = He himself agreed.",
        W(1, "He", "he", "PRON", 3, "nsubj", "Entity=(1-person-giv:act-sssss-cf1-1-coref(1-person-giv:act-sssss-cf1-1-ana)"),
        W(2, "himself", "himself", "PRON", 1, "nmod:npmod", "Entity=1)"),
        W(3, "agreed", "agree", "VERB", 0, "root", "SpaceAfter=No"),
        W(4, ".", ".", "PUNCT", 3, "punct"),
        "");

    public const string MinisterText =
        "Finance Minister Ann Lee said the plan would work. Lee added that she was sure. The minister smiled. The woman smiled.";

    /// <summary>
    /// <see cref="MinisterText"/>: chain 1 (a person) is Finance Minister Ann Lee (full name), Lee (partial), she
    /// (pronoun), The minister (role phrase) and The woman (other nominal); chain 2 (the plan) is abstract.
    /// </summary>
    public static readonly string Minister = Lines(
        "# newdoc id = test_minister",
        Header,
        "# newpar",
        "# text = Finance Minister Ann Lee said the plan would work.",
        W(1, "Finance", "Finance", "PROPN", 2, "compound", "Entity=(1-person-new-sssss-cf1-1,2,3,4-coref-Ann_Lee"),
        W(2, "Minister", "Minister", "PROPN", 3, "compound"),
        W(3, "Ann", "Ann", "PROPN", 5, "nsubj"),
        W(4, "Lee", "Lee", "PROPN", 3, "flat", "Entity=1)"),
        W(5, "said", "say", "VERB", 0, "root"),
        W(6, "the", "the", "DET", 7, "det", "Entity=(2-abstract-new-sssss-cf2-2-sgl"),
        W(7, "plan", "plan", "NOUN", 9, "nsubj", "Entity=2)"),
        W(8, "would", "would", "AUX", 9, "aux"),
        W(9, "work", "work", "VERB", 5, "ccomp", "SpaceAfter=No"),
        W(10, ".", ".", "PUNCT", 5, "punct"),
        "",
        "# text = Lee added that she was sure.",
        W(1, "Lee", "Lee", "PROPN", 2, "nsubj", "Entity=(1-person-giv:act-sssss-cf1-1-coref-Ann_Lee)"),
        W(2, "added", "add", "VERB", 0, "root"),
        W(3, "that", "that", "SCONJ", 6, "mark"),
        W(4, "she", "she", "PRON", 6, "nsubj", "Entity=(1-person-giv:act-sssss-cf1-1-ana)"),
        W(5, "was", "be", "AUX", 6, "cop"),
        W(6, "sure", "sure", "ADJ", 2, "ccomp", "SpaceAfter=No"),
        W(7, ".", ".", "PUNCT", 2, "punct"),
        "",
        "# text = The minister smiled.",
        W(1, "The", "the", "DET", 2, "det", "Entity=(1-person-giv:act-sssss-cf1-2-coref"),
        W(2, "minister", "minister", "NOUN", 3, "nsubj", "Entity=1)"),
        W(3, "smiled", "smile", "VERB", 0, "root", "SpaceAfter=No"),
        W(4, ".", ".", "PUNCT", 3, "punct"),
        "",
        "# text = The woman smiled.",
        W(1, "The", "the", "DET", 2, "det", "Entity=(1-person-giv:act-sssss-cf1-2-coref"),
        W(2, "woman", "woman", "NOUN", 3, "nsubj", "Entity=1)"),
        W(3, "smiled", "smile", "VERB", 0, "root", "SpaceAfter=No"),
        W(4, ".", ".", "PUNCT", 3, "punct"),
        "");

    /// <summary>Reads one CoNLL-U document, asserting it reads without warnings.</summary>
    public static ConlluDocument Read(string conllu)
    {
        var warnings = new List<string>();
        var document = ConlluReader.Read("test.conllu", conllu, warnings).Single();
        warnings.Should().BeEmpty();
        return document;
    }

    /// <summary>
    /// A document of <paramref name="words"/> (form, tag, head as a 0-based word index or -1) joined by spaces, with
    /// <paramref name="mentions"/> (chain, type, first, end, minimal span as word indices).
    /// </summary>
    public static ConlluDocument Document((string Form, string Tag, int Head)[] words, params (string Chain, string Type, int First, int End, int[] MinSpan)[] mentions)
    {
        var spans = new List<TextSpan>();
        var at = 0;
        foreach (var (form, _, _) in words)
        {
            spans.Add(new TextSpan(at, at + form.Length));
            at += form.Length + 1;
        }
        return new ConlluDocument("test", string.Join(' ', words.Select(w => w.Form)), spans, [], [])
        {
            Tags = [.. words.Select(w => w.Tag)],
            Lemmas = [.. words.Select(w => w.Form.ToLowerInvariant())],
            Governors = [.. words.Select(w => w.Head)],
            Mentions = [.. mentions.Select(m => new GumMention(m.Chain, m.Type, m.First, m.End, m.MinSpan, "coref", null))],
        };
    }
}
