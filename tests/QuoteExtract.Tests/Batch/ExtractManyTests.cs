using QuoteExtract.Output;
using QuoteExtract.Tests.Reliability;

namespace QuoteExtract.Tests.Batch;

/// <summary>
/// <see cref="QuoteExtractor.ExtractMany"/>: input order under parallelism, lazy reading within the capacity,
/// cancellation, early exit, and one document's failure kept to that document.
/// </summary>
public sealed class ExtractManyTests
{
    private static readonly BatchOptions s_four = new() { MaxDegreeOfParallelism = 4 };

    // News-like documents of very different sizes: a long one, then short ones, so later ones finish first.
    private static List<(string Id, string Text)> MixedSizes()
    {
        var paragraph = "“We will not give up,” said Prime Minister Jane Doe on Monday. The company denied that it had misled investors.\n\n";
        var documents = new List<(string Id, string Text)>();
        for (int i = 0; i < 40; i++)
        {
            var text = i % 8 == 0
                ? string.Concat(Enumerable.Repeat(paragraph, 300))
                : PropertyRunner.Case(TextGens.NewsSplice, 11, i);
            documents.Add(($"doc-{i:00}", text));
        }
        return documents;
    }

    [Fact]
    public void Results_come_in_input_order_and_equal_Extract_one_by_one_under_parallelism()
    {
        var documents = MixedSizes();
        var extractor = QuoteExtractor.Default;

        var results = Liveness.Within(() => extractor.ExtractMany(documents, s_four).ToList());

        results.Select(r => r.Id).Should().Equal(documents.Select(d => d.Id));
        results.Should().OnlyContain(r => r.Succeeded);
        results.Select(r => ResultJson.ToJson(r.Id, r.Result!))
            .Should().Equal(documents.Select(d => ResultJson.ToJson(d.Id, extractor.Extract(d.Text))));
    }

    [Fact]
    public void Nothing_is_read_before_the_enumeration_starts()
    {
        var input = new CountingInput();

        var results = QuoteExtractor.Default.ExtractMany(input, s_four);

        input.Given.Should().Be(0);
        results.Should().NotBeNull();
    }

    [Fact]
    public void An_endless_input_is_read_no_further_than_the_capacity_ahead_of_the_consumer()
    {
        var input = new CountingInput(count: null);
        var extractor = MarkerStage.Alone(new MarkerStage());
        var options = new BatchOptions { MaxDegreeOfParallelism = 3, BoundedCapacity = 5 };

        var aheadOfConsumer = Liveness.Within(() =>
        {
            var ahead = new List<int>();
            int k = 0;
            foreach (var document in extractor.ExtractMany(input, options))
            {
                document.Id.Should().Be($"d{k}");
                k++;
                ahead.Add(input.Given - k);
                if (k == 300) break;
            }
            return ahead;
        });

        aheadOfConsumer.Should().HaveCount(300).And.OnlyContain(a => a <= 5, "at most 5 documents are held beyond those given");
        input.Disposed.Should().BeTrue();
    }

    [Fact]
    public void The_default_capacity_is_16_documents_per_worker()
    {
        var input = new CountingInput(count: null);
        var extractor = MarkerStage.Alone(new MarkerStage());

        var maxAhead = Liveness.Within(() =>
        {
            int k = 0, max = 0;
            foreach (var _ in extractor.ExtractMany(input, new BatchOptions { MaxDegreeOfParallelism = 2 }))
            {
                max = Math.Max(max, input.Given - ++k);
                if (k == 200) break;
            }
            return max;
        });

        maxAhead.Should().BeLessThanOrEqualTo(32);
        new BatchOptions { MaxDegreeOfParallelism = 3 }.BoundedCapacity.Should().BeNull("null means 16 per worker");
    }

    [Fact]
    public void A_failing_document_is_its_own_error_and_the_batch_goes_on()
    {
        var extractor = MarkerStage.After(new MarkerStage(text =>
        {
            if (text.Contains("BOOM", StringComparison.Ordinal)) throw new InvalidOperationException("the stage broke on a marker");
        }));
        List<(string Id, string Text)> documents = [.. Enumerable.Range(0, 30)
            .Select(i => (Id: $"d{i}", Text: i % 7 == 3 ? $"BOOM number {i}" : $"“We will win number {i},” said Jane Roe."))
            .Append(("null-text", null!))
            .Append(("last", "“The end is near,” said John Smith."))];

        var results = Liveness.Within(() => extractor.ExtractMany(documents, s_four).ToList());

        results.Select(r => r.Id).Should().Equal(documents.Select(d => d.Id));
        var failed = results.Where(r => !r.Succeeded).ToList();
        failed.Select(r => r.Id).Should().Equal("d3", "d10", "d17", "d24", "null-text");
        failed.Take(4).Should().OnlyContain(r => r.Error is InvalidOperationException && r.Error.Message == "the stage broke on a marker" && r.Result == null);
        failed[^1].Error.Should().BeOfType<ArgumentNullException>();
        results[^1].Result!.Quotes.Should().ContainSingle().Which.Text.Should().Contain("The end is near");
    }

    [Fact]
    public void An_exception_of_the_input_itself_ends_the_enumeration_after_the_documents_before_it()
    {
        var input = new CountingInput(count: 100, throwAfter: 12);
        var extractor = MarkerStage.Alone(new MarkerStage());
        var given = new List<string>();

        var thrown = Liveness.Within(() =>
        {
            try
            {
                foreach (var document in extractor.ExtractMany(input, s_four)) given.Add(document.Id);
                return null;
            }
            catch (InvalidDataException e)
            {
                return e;
            }
        });

        thrown.Should().NotBeNull().And.Match<InvalidDataException>(e => e.Message == "the input broke after 12 documents");
        given.Should().Equal(Enumerable.Range(0, 12).Select(i => $"d{i}"));
        input.Disposed.Should().BeTrue();
    }

    [Fact]
    public void Cancellation_before_the_start_throws_and_reads_nothing()
    {
        var input = new CountingInput(count: 10);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var act = () => Liveness.Within(() => QuoteExtractor.Default.ExtractMany(input, s_four, cancel.Token).ToList());

        act.Should().Throw<OperationCanceledException>().Which.CancellationToken.Should().Be(cancel.Token);
        input.Given.Should().Be(0);
    }

    [Fact]
    public void Cancellation_during_the_batch_gives_the_started_documents_then_throws()
    {
        using var cancel = new CancellationTokenSource();
        var stage = new MarkerStage(text =>
        {
            if (text.Contains("Speaker50 ", StringComparison.Ordinal)) cancel.Cancel(); // arrives while document 50 is extracted
        });
        var input = new CountingInput(count: 100_000);
        var given = new List<string>();

        var thrown = Liveness.Within(() =>
        {
            try
            {
                foreach (var document in MarkerStage.Alone(stage).ExtractMany(input, s_four, cancel.Token)) given.Add(document.Id);
                return null;
            }
            catch (OperationCanceledException e)
            {
                return e;
            }
        });

        thrown.Should().NotBeNull();
        given.Should().Equal(Enumerable.Range(0, given.Count).Select(i => $"d{i}"), "what is given is the start of the input, in order");
        given.Should().Contain("d50", "a document started before the cancellation is finished and given");
        stage.Seen.Select(t => "d" + t["Speaker".Length..t.IndexOf(' ', StringComparison.Ordinal)])
            .Should().BeEquivalentTo(given, "every document started is given, and none is started after the cancellation");
        input.Given.Should().BeLessThan(50 + 64 + 1, "no more than the capacity is read ahead");
        // After cancellation a read in progress is not waited for, so its thread may dispose the input a moment later.
        SpinWait.SpinUntil(() => input.Disposed, TimeSpan.FromMinutes(1)).Should().BeTrue("the input is disposed (liveness)");
    }

    [Fact]
    public void Cancellation_ends_the_enumeration_even_while_a_read_of_the_input_does_not_return()
    {
        using var gate = new ManualResetEventSlim();
        using var cancel = new CancellationTokenSource();
        var disposed = false;
        // Three documents, then a read that waits like an open pipe until the test lets it go.
        IEnumerable<(string Id, string Text)> Pipe()
        {
            try
            {
                for (int i = 0; i < 3; i++) yield return ($"d{i}", $"Speaker{i} said so.");
                gate.Wait();
            }
            finally
            {
                disposed = true;
            }
        }
        var given = new List<string>();

        var thrown = Liveness.Within(() =>
        {
            try
            {
                foreach (var document in MarkerStage.Alone(new MarkerStage()).ExtractMany(Pipe(), s_four, cancel.Token))
                {
                    given.Add(document.Id);
                    if (given.Count == 3) cancel.Cancel();
                }
                return null;
            }
            catch (OperationCanceledException e)
            {
                return e;
            }
        });

        thrown.Should().NotBeNull();
        given.Should().Equal("d0", "d1", "d2");
        gate.Set(); // the read returns: its thread disposes the input
        SpinWait.SpinUntil(() => Volatile.Read(ref disposed), TimeSpan.FromMinutes(1)).Should().BeTrue("the input is disposed (liveness)");
    }

    [Fact]
    public void Breaking_out_early_stops_the_workers_and_disposes_the_input()
    {
        var stage = new MarkerStage();
        var input = new CountingInput(count: null, text: i => $"“Document {i} is here,” said Jane Roe.");

        var (given, inProgressAfter) = Liveness.Within(() =>
        {
            var ids = new List<string>();
            foreach (var document in MarkerStage.After(stage).ExtractMany(input, s_four))
            {
                ids.Add(document.Id);
                if (ids.Count == 10) break;
            }
            return (ids, stage.InProgress);
        });

        given.Should().HaveCount(10);
        inProgressAfter.Should().Be(0, "leaving the loop returns once the documents in progress are finished");
        input.Disposed.Should().BeTrue("the input's enumerator is disposed before the loop is left");
        var read = input.Given;
        stage.Seen.Count.Should().BeLessThanOrEqualTo(read);
        input.ReadAfterDispose.Should().BeFalse();
        input.Given.Should().Be(read, "the input is not read any more");
    }

    [Fact]
    public void Each_enumeration_is_a_new_run_over_the_input()
    {
        var documents = new[] { ("a", "“One two three four,” said Ann Lee."), ("b", "Nothing here.") };
        var batch = QuoteExtractor.Default.ExtractMany(documents, s_four);

        batch.Select(d => d.Id).Should().Equal("a", "b");
        batch.Select(d => d.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void Null_arguments_and_bad_options_throw_at_once()
    {
        var extractor = QuoteExtractor.Default;

        FluentActions.Invoking(() => extractor.ExtractMany(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => extractor.ExtractManyAsync(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new BatchOptions { MaxDegreeOfParallelism = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new BatchOptions { BoundedCapacity = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        BatchOptions.Default.MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
    }

    [Fact]
    public void A_capacity_below_the_parallelism_still_runs_in_order()
    {
        var documents = Enumerable.Range(0, 50).Select(i => (Id: $"d{i}", Text: $"Speaker{i} said so.")).ToList();
        var options = new BatchOptions { MaxDegreeOfParallelism = 8, BoundedCapacity = 1 };

        var results = Liveness.Within(() => MarkerStage.Alone(new MarkerStage()).ExtractMany(documents, options).ToList());

        results.Select(r => r.Id).Should().Equal(documents.Select(d => d.Id));
    }
}
