namespace QuoteExtract.Cli.Eval;

/// <summary>The parsed arguments of <c>quote-extract eval GOLD_DIR [--json] [--errors FILE] [--limit N] [--agreement] [--speakers]</c>.</summary>
/// <param name="GoldDirectory">The gold corpus folder: brat (with text/ and attributions/) or GUM (with conllu/, or *.conllu files).</param>
/// <param name="Json">Print the report as JSON instead of a table.</param>
/// <param name="ErrorsPath">Where to write the error-analysis file, or null.</param>
/// <param name="Limit">Score only the first N documents, or null for all.</param>
/// <param name="Agreement">Score the second annotator against the first, and the extractor on the same texts.</param>
/// <param name="HandTypes">A fixture of hand-typed attributions to compare the typer with, or null.</param>
/// <param name="Speakers">Score speaker name resolution on GUM's entity mentions instead of the quotes.</param>
internal sealed record EvalOptions(string GoldDirectory, bool Json, string? ErrorsPath, int? Limit, bool Agreement, string? HandTypes, bool Speakers);
