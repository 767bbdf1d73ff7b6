namespace QuoteExtract.Cli;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text = """
        quote-extract - extract quotes, speakers and claims from news text

        Usage:
          quote-extract [extract] <FILE|DIR|->... [--format jsonl|json|table|parquet|html]
                        [--out FILE|DIR] [--input-format auto|text|jsonl] [--parallel N]
          quote-extract eval <GOLD_DIR> [--json] [--errors FILE] [--limit N] [--agreement]
                        [--speakers]
          quote-extract checkworthiness <FILE.tsv>... --out <DIR>

        Inputs:
          FILE    a UTF-8 text file; the document is named by its file name
          FILE.jsonl  JSON Lines, one {"id": ..., "text": ...} per line; each line is a
                  document named by its id (else FILE:LINE); a bad line is an error record
          DIR     a folder, read recursively for *.txt in ordinal order; documents are
                  named by their path relative to DIR (with '/')
          -       standard input: JSON Lines when it starts with '{' (or --input-format
                  jsonl), one line out per line in, flushed as it goes; else one document
                  named "stdin"

        Options:
          -f, --format <FORMAT>  jsonl  one JSON object per document per line (default)
                                 json   an indented JSON array of the document objects
                                 table  a readable table per document
                                 parquet  a flat Parquet file, one row per quote
                                        (needs --out)
                                 html   one self-contained page per document (quotes
                                        coloured by speaker, speakers, claims) and an
                                        index.html, in the folder --out DIR (needed)
          -o, --out <FILE>       write to FILE instead of standard output (html: DIR)
              --input-format <F> auto (default: *.jsonl and '{' on stdin are JSON Lines),
                                 text, or jsonl (folders are then read for *.jsonl)
          -p, --parallel <N>     extract N documents at once (default: the number of
                                 processors); the output keeps the input order
              --max-document-size <SIZE>  the largest document read (default 64M; K, M, G):
                                 a larger file, line or input is an error record
              --attributions <T> which attributions to return: speech (default), all, or
                                 a list of speech, belief, knowledge, intention, act
                                 (eval: the corpus's own types unless given)
              --with-model       decide with the embedded attribution model (the rules
                                 alone decide by default; also for eval, to compare)
              --model <FILE>     decide with a model file written by the training tool
          -h, --help             show this help
              --version          show the version

        Evaluation (eval): runs the extractor on every text of a gold corpus and prints
        precision, recall and F1 at content coverage 0.3 and 0.8, speaker and cue match,
        and recall by gold kind (direct, indirect, mixed). GOLD_DIR is either
          brat, laid out as PolNeAR: GOLD_DIR/text/NAME.txt and
               GOLD_DIR/attributions/NAME_xxxx.ann, or
          GUM: GOLD_DIR/conllu/NAME.conllu (or a folder of *.conllu files) and,
               optionally, GOLD_DIR/rst/NAME.rs4; the text is rebuilt from the tokens
               and every attribution-positive/-negative discourse relation is a gold
               attribution: content the nucleus (the whole rs4 span; without rs4 its
               head unit), source the signalled source words, cue the rest of the
               satellite unit.
              --json             print the report as JSON instead of a table
              --errors <FILE>    write an error analysis to FILE: missed gold, unmatched
                                 predictions, wrong speakers, boundary errors
              --limit <N>        score only the first N documents (ordinal order)
              --agreement        on the texts two annotators covered (NAME_xxxx.ann and
                                 NAME_yyyy.ann), score the second against the first with
                                 the same scorer (how far humans agree), then the
                                 extractor against the first on the same texts (brat only)
              --speakers         (GUM only) speaker name resolution instead of quotes: for
                                 every mention of a person or organization whose chain
                                 has a proper name, is our entity for it (the one owning
                                 a mention over its head words) named with the chain's
                                 fullest name? Rows by class (pronoun, partial name, full
                                 name, role phrase, other nominal, other), again for the
                                 speakers of returned quotes; --errors lists the wrong
                                 ones. The rules alone (--with-model, --model ignored);
                                 see docs/speaker-evaluation.md

        Check-worthiness (checkworthiness): scores every sentence of transcripts in the CLEF
        CheckThat! format (line<TAB>speaker<TAB>text[<TAB>label], one sentence a line) with the
        embedded check-worthiness model, 0..1, higher = more worth fact-checking. For each
        input, writes a file of the same name in DIR with lines line<TAB>score (the lab's
        submission format). Malformed lines are skipped with a warning; an unreadable input
        is reported and the others are still scored (exit 1).
              --out <DIR>        the folder to write the score files to (required)

        Output: one object per document with document, error, quotes, speakers, claims
        (see docs/output-format.md). A document that cannot be read or processed gets a
        record whose "error" says why, and a message on standard error.

        Exit codes: 0 all documents processed, 1 some document failed, 2 usage error
        (for eval also: gold folder missing; an --out that is an input or inside a
        folder read), 3 the output could not be written (a full disk, no permission,
        a closed pipe: the run stops), 130 interrupted (Ctrl-C: no new document is
        started, the output is complete up to the last one written).

        """;
}
