using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace QuoteExtract.EmbeddingProbe;

/// <summary>Writes a MiniLM embedding of every CLEF sentence, for the trainer's <c>--embeddings FILE</c>.</summary>
internal static class EmbedCommand
{
    /// <summary>
    /// Sentences per <c>Encode</c> call. A batch is padded to its longest sentence, which costs more than batching saves
    /// unless the batch holds sentences of similar length: hence batches of length-sorted sentences.
    /// </summary>
    private const int BatchSize = 32;

    /// <summary>The model's output width; anything else means a different model than the one measured.</summary>
    private const int Dimensions = 384;

    public static int Run(string[] files, string output)
    {
        var sentences = Program.ReadSentences(files);
        Console.Error.WriteLine($"{sentences.Count} sentences in {files.Length} transcripts");
        using var encoder = Program.LoadEncoder(threads: null, out var loadTime);
        Console.Error.WriteLine($"model load: {loadTime.TotalMilliseconds:F0} ms");

        var byLength = Enumerable.Range(0, sentences.Count).OrderBy(i => sentences[i].Text.Length).ToArray();
        var vectors = new float[sentences.Count][];
        var clock = Stopwatch.StartNew();
        for (int start = 0; start < byLength.Length; start += BatchSize)
        {
            var batch = byLength.AsSpan(start, Math.Min(BatchSize, byLength.Length - start)).ToArray();
            var encoded = encoder.Encode(batch.Select(i => sentences[i].Text).ToArray());
            for (int k = 0; k < batch.Length; k++)
            {
                if (encoded[k].Length != Dimensions)
                    throw new InvalidDataException($"expected {Dimensions} dimensions, the model gave {encoded[k].Length}");
                vectors[batch[k]] = encoded[k];
            }
        }
        Console.Error.WriteLine($"encoding: {clock.Elapsed.TotalSeconds:F1} s");

        // Written beside the target and moved over it, so an interrupted run leaves no truncated file behind.
        var partial = output + ".partial";
        using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.NewLine = "\n";
            var line = new StringBuilder();
            for (int i = 0; i < sentences.Count; i++)
            {
                line.Clear().Append(sentences[i].Transcript).Append('\t').Append(sentences[i].Line).Append('\t');
                for (int d = 0; d < vectors[i].Length; d++)
                {
                    if (d > 0) line.Append(' ');
                    line.Append(vectors[i][d].ToString("R", CultureInfo.InvariantCulture));
                }
                writer.WriteLine(line);
            }
        }
        File.Move(partial, output, overwrite: true);
        Console.Error.WriteLine($"wrote {sentences.Count} embeddings to {output}");
        return 0;
    }
}
