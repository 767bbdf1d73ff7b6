using QuoteExtract.Output;

namespace QuoteExtract.Tests.Batch;

/// <summary><see cref="QuoteExtractor.ExtractManyAsync"/>: the same guarantees as the synchronous batch, with an asynchronous input.</summary>
public sealed class ExtractManyAsyncTests
{
    private static readonly BatchOptions s_three = new() { MaxDegreeOfParallelism = 3 };

    // An asynchronous input that yields between documents, as a network or file reader would.
    private static async IAsyncEnumerable<(string Id, string Text)> Slowly(CountingInput input)
    {
        foreach (var document in input)
        {
            await Task.Yield();
            yield return document;
        }
    }

    [Fact]
    public async Task Results_come_in_input_order_and_equal_Extract_one_by_one()
    {
        var texts = new[]
        {
            string.Concat(Enumerable.Repeat("“We will not give up,” said Prime Minister Jane Doe on Monday.\n\n", 400)),
            "John Smith, the company's chief executive, said the results were disappointing.",
            "The weather was mild.",
            "",
        };
        var input = new CountingInput(count: 24, text: i => texts[i % texts.Length]);
        var extractor = QuoteExtractor.Default;

        var results = await Liveness.WithinAsync(async () =>
        {
            var list = new List<ExtractedDocument>();
            await foreach (var document in extractor.ExtractManyAsync(Slowly(input), s_three)) list.Add(document);
            return list;
        });

        results.Select(r => r.Id).Should().Equal(Enumerable.Range(0, 24).Select(i => $"d{i}"));
        results.Select(r => ResultJson.ToJson(r.Id, r.Result!))
            .Should().Equal(Enumerable.Range(0, 24).Select(i => ResultJson.ToJson($"d{i}", extractor.Extract(texts[i % texts.Length]))));
        input.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task An_endless_input_is_read_no_further_than_the_capacity_ahead_and_breaking_out_disposes_it()
    {
        var input = new CountingInput(count: null);
        var stage = new MarkerStage();
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, BoundedCapacity = 4 };

        var ahead = await Liveness.WithinAsync(async () =>
        {
            var list = new List<int>();
            int k = 0;
            await foreach (var document in MarkerStage.Alone(stage).ExtractManyAsync(Slowly(input), options))
            {
                document.Id.Should().Be($"d{k}");
                list.Add(input.Given - ++k);
                if (k == 100) break;
            }
            return list;
        });

        ahead.Should().HaveCount(100).And.OnlyContain(a => a <= 4);
        input.Disposed.Should().BeTrue();
        stage.InProgress.Should().Be(0);
    }

    [Fact]
    public async Task A_failing_document_is_its_own_error()
    {
        var extractor = MarkerStage.Alone(new MarkerStage(text =>
        {
            if (text == "Speaker2 said so.") throw new FormatException("marker");
        }));

        var results = await Liveness.WithinAsync(async () =>
        {
            var list = new List<ExtractedDocument>();
            await foreach (var document in extractor.ExtractManyAsync(Slowly(new CountingInput(count: 5)), s_three)) list.Add(document);
            return list;
        });

        results.Select(r => (r.Id, r.Succeeded)).Should().Equal(("d0", true), ("d1", true), ("d2", false), ("d3", true), ("d4", true));
        results[2].Error.Should().BeOfType<FormatException>().Which.Message.Should().Be("marker");
    }

    [Fact]
    public async Task Cancellation_through_WithCancellation_gives_the_started_documents_then_throws()
    {
        using var cancel = new CancellationTokenSource();
        var stage = new MarkerStage(text =>
        {
            if (text == "Speaker20 said so.") cancel.Cancel();
        });
        var given = new List<string>();

        var act = () => Liveness.WithinAsync(async () =>
        {
            await foreach (var document in MarkerStage.Alone(stage).ExtractManyAsync(Slowly(new CountingInput(count: 100_000)), s_three)
                .WithCancellation(cancel.Token))
                given.Add(document.Id);
            return given.Count;
        });

        await act.Should().ThrowAsync<OperationCanceledException>();
        given.Should().Equal(Enumerable.Range(0, given.Count).Select(i => $"d{i}")).And.Contain("d20");
        stage.Seen.Should().HaveCount(given.Count, "every document started is given, and none is started after the cancellation");
    }

    [Fact]
    public async Task Cancellation_before_the_start_throws_and_reads_nothing()
    {
        var input = new CountingInput(count: 10);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var act = () => Liveness.WithinAsync(async () =>
        {
            await foreach (var _ in QuoteExtractor.Default.ExtractManyAsync(Slowly(input), s_three, cancel.Token)) { }
            return 0;
        });

        await act.Should().ThrowAsync<OperationCanceledException>();
        input.Given.Should().Be(0);
    }
}
