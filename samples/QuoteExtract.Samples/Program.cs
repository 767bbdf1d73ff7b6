using QuoteExtract;
using QuoteExtract.Output;

// QuoteExtract by example: extract one article and print its quotes, speakers and claims.
//   dotnet run --project samples/QuoteExtract.Samples [ARTICLE.txt] [--json] [--html [PAGE.html]]
var json = args.Contains("--json");
// --html [PAGE.html]: write the article's page (HtmlView) instead, by default to quote-extract-samples/seed.html in the
// temp folder (run from the repository root, the current folder is the work tree).
string? htmlPath = null;
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] != "--html") { rest.Add(args[i]); continue; }
    htmlPath = i + 1 < args.Length && args[i + 1].EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? args[++i] : DefaultPagePath();
}
var path = rest.FirstOrDefault(a => !a.StartsWith("--")) ?? FindSeedArticle();
if (path is null || !File.Exists(path))
{
    Console.Error.WriteLine("Article not found. Pass the path of a .txt file, or run inside the repository (seeds/).");
    return 1;
}

var text = File.ReadAllText(path);
var result = QuoteExtractor.Default.Extract(text);

if (htmlPath is not null)
{
    // One self-contained page: the text with quotes coloured by speaker, a speaker panel and a claims panel.
    File.WriteAllText(htmlPath, HtmlView.Render(Path.GetFileName(path), text, result));
    Console.WriteLine(Path.GetFullPath(htmlPath));
    return 0;
}

if (json)
{
    // The same JSON the quote-extract CLI writes (docs/output-format.md).
    Console.WriteLine(ResultJson.ToJson(Path.GetFileName(path), result, indented: true));
    return 0;
}

Console.WriteLine($"{Path.GetFileName(path)}: {result.Quotes.Count} quotes, {result.Speakers.Count} speakers, {result.Claims.Count} claims");
Console.WriteLine();
Console.WriteLine($"{"kind",-9} {"speaker",-24} {"cue",-12} text");
foreach (var quote in result.Quotes)
{
    var speaker = result.SpeakerOf(quote)?.Name ?? "?";
    Console.WriteLine($"{quote.Kind.ToJsonName(),-9} {Cut(speaker, 24),-24} {Cut(quote.Cue?.Text ?? "", 12),-12} {Cut(quote.Text, 70)}");
}

Console.WriteLine();
Console.WriteLine("Speakers:");
foreach (var speaker in result.Speakers)
    Console.WriteLine($"  {speaker.Id}: {speaker.Name} ({speaker.Kind.ToJsonName()}) {string.Join(", ", speaker.Titles)} — {speaker.Mentions.Count} mentions");

Console.WriteLine();
Console.WriteLine("Claims:");
foreach (var claim in result.Claims)
{
    var claimant = result.Speakers.FirstOrDefault(s => s.Id == claim.ClaimantId)?.Name ?? "(the article)";
    Console.WriteLine($"  {claim.Id}: {claimant} {claim.Stance.ToJsonName()} \"{Cut(claim.Text, 70)}\" (check-worthiness {claim.CheckWorthiness:0.00})");
}
return 0;

static string DefaultPagePath()
{
    var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "quote-extract-samples"));
    return Path.Combine(folder.FullName, "seed.html");
}

// The seed article beside QuoteExtract.sln, looked for above the current folder and above the build output.
static string? FindSeedArticle()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "seeds", "000_329f24a8b1ceea21.txt");
            if (File.Exists(Path.Combine(dir.FullName, "QuoteExtract.sln")) && File.Exists(seed)) return seed;
        }
    return null;
}

static string Cut(string text, int width)
{
    var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    return line.Length <= width ? line : line[..(width - 1)] + "…";
}
