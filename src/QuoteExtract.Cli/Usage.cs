using System.CommandLine;

namespace QuoteExtract.Cli;

/// <summary>
/// The help text beside what System.CommandLine writes from the commands and options: each command's description, and
/// the notes after its options (inputs, output, exit codes).
/// </summary>
internal static class Usage
{
    public const string RootDescription = """
        quote-extract - extract quotes, speakers and claims from news text

          quote-extract [extract] <FILE|DIR|->... [options]
          quote-extract eval <GOLD_DIR> [options]
          quote-extract checkworthiness <FILE.tsv>... --out <DIR>

        Extract is the default command: its options are below. 'quote-extract COMMAND --help' shows a command's own help.
        """;

    public const string ExtractDescription = "extract the quotes, speakers and claims of every input document (the default command)";

    public const string EvalDescription = "score the extractor against a gold corpus (brat, as PolNeAR, or GUM)";

    private const string EvalNotes = """
        Evaluation: runs the extractor on every text of a gold corpus and prints precision, recall and F1 at content coverage 0.3
        and 0.8, speaker and cue match, and recall by gold kind (direct, indirect, mixed). GOLD_DIR is either
          brat, laid out as PolNeAR: GOLD_DIR/text/NAME.txt and GOLD_DIR/attributions/NAME_xxxx.ann, or
          GUM: GOLD_DIR/conllu/NAME.conllu (or a folder of *.conllu files) and, optionally, GOLD_DIR/rst/NAME.rs4;
               the text is rebuilt from the tokens and every attribution-positive/-negative discourse relation is a
               gold attribution: content the nucleus (the whole rs4 span; without rs4 its head unit), source the
               signalled source words, cue the rest of the satellite unit.
        """;

    public const string CheckWorthinessDescription = "score how worth fact-checking every sentence of CLEF CheckThat! transcripts is";

    private const string CheckWorthinessNotes = """
        Check-worthiness: scores every sentence of transcripts in the CLEF CheckThat! format (line<TAB>speaker<TAB>text[<TAB>label], one
        sentence a line) with the embedded check-worthiness model, 0..1, higher = more worth fact-checking; each sentence
        is read with the line before it and its speaker's turn (a run of lines by one speaker). For each
        input, writes a file of the same name in DIR with lines line<TAB>score (the lab's submission format). Malformed
        lines are skipped with a warning; an unreadable input is reported and the others are still scored (exit 1).
        """;

    private const string Inputs = """
        Inputs:
          FILE        a UTF-8 text file; the document is named by its file name
          FILE.jsonl  JSON Lines, one {"id": ..., "text": ...} per line; each line is a document named by its id (else
                      FILE:LINE); a bad line (not JSON, no text, bytes that are not UTF-8) is an error record
          DIR         a folder, read recursively for *.txt in ordinal order; documents are named by their path
                      relative to DIR (with '/')
          -           standard input: JSON Lines when it starts with '{' (or --input-format jsonl), one line out per
                      line in, flushed as it goes; else one document named "stdin"
          --          every word after it is an input, even one that starts with '-'
        """;

    private const string Output = """
        Output: one object per document with document, error, quotes, speakers, claims; the contract:
        https://github.com/quoteextract/QuoteExtract/blob/main/docs/output-format.md
        A document that cannot be read or processed gets a record whose "error" says why, and a message on standard
        error.
        """;

    private const string ExitCodesNote = """
        Exit codes: 0 all documents processed, 1 some document failed, 2 usage error (for eval also: gold folder
        missing; an --out that is an input or inside a folder read), 3 the output could not be written (a full disk,
        no permission, a closed pipe: the run stops), 130 interrupted (Ctrl-C: no new document is started, the output
        is complete up to the last one written).
        """;

    private const string Completion = """
        Shell completion: quote-extract answers System.CommandLine's [suggest:POSITION] directive, e.g.
          quote-extract "[suggest:10]" "x.txt --fo"      prints --format
        (dotnet-suggest uses it for bash, zsh and PowerShell; see docs/cli.md).
        """;

    /// <summary>What the help of <paramref name="command"/> says after its options.</summary>
    public static string Notes(Command command) => string.Concat((command switch
    {
        RootCommand => [Inputs, Output, ExitCodesNote, Completion],
        { Name: "extract" } => [Inputs, Output, ExitCodesNote],
        { Name: "eval" } => [EvalNotes, "Exit codes: 0 scored, 1 some document failed, 2 usage error (also: the gold folder missing or of neither layout)."],
        { Name: "checkworthiness" } => [CheckWorthinessNotes, "Exit codes: 0 every input scored, 1 some input failed, 2 usage error."],
        _ => Array.Empty<string>(),
    }).Select(section => section + "\n\n"));
}
