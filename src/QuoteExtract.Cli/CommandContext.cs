namespace QuoteExtract.Cli;

/// <summary>What every command runs with: the process's streams, and the test hooks of <see cref="Program.Run"/>.</summary>
/// <param name="Stdin">Standard input (the input <c>-</c>).</param>
/// <param name="Stdout">The output, and help.</param>
/// <param name="Stderr">Errors, warnings and progress.</param>
/// <param name="Extract">An extractor that replaces the one the options choose (tests), or null.</param>
/// <param name="Cancel">Interrupts a batch (Ctrl-C).</param>
/// <param name="Progress">A progress line on <paramref name="Stderr"/> is allowed (a terminal).</param>
internal sealed record CommandContext(TextReader Stdin, TextWriter Stdout, TextWriter Stderr, Func<string, ExtractionResult>? Extract,
    CancellationToken Cancel, bool Progress);
