using QuoteExtract.Cli.Batch;

namespace QuoteExtract.Tests.Cli;

public sealed class ReadAheadTests
{
    [Fact]
    public void Items_come_in_order_and_no_more_than_depth_are_read_ahead_of_the_consumer()
    {
        int read = 0, taken = 0, mostAhead = 0;
        var gate = new object();
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 200; i++)
            {
                lock (gate)
                {
                    read++;
                    mostAhead = Math.Max(mostAhead, read - taken);
                }
                yield return i;
            }
        }

        var items = new List<int>();
        foreach (var item in ReadAhead.Of(Source(), 3))
        {
            lock (gate) taken++;
            items.Add(item);
            if (item % 17 == 0) Thread.Sleep(2); // (the reader catches up and must wait)
        }

        items.Should().Equal(Enumerable.Range(0, 200));
        // (At most 3 held by the reader; one more may be counted as read before the consumer counts the one it was just given.)
        mostAhead.Should().BeLessThanOrEqualTo(4);
    }

    [Fact]
    public void The_sources_exception_comes_at_its_place_and_the_source_is_disposed()
    {
        using var disposed = new ManualResetEventSlim();
        IEnumerable<int> Source()
        {
            try
            {
                yield return 1;
                yield return 2;
                throw new IOException("broken");
            }
            finally
            {
                disposed.Set();
            }
        }

        var items = new List<int>();
        var reading = () =>
        {
            foreach (var item in ReadAhead.Of(Source(), 2)) items.Add(item);
        };

        reading.Should().Throw<IOException>().WithMessage("broken");
        items.Should().Equal(1, 2);
        disposed.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
    }

    [Fact]
    public void Leaving_early_disposes_the_source_even_while_a_read_has_not_returned()
    {
        using var blocked = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        IEnumerable<int> Source()
        {
            try
            {
                yield return 1;
                blocked.Set();
                release.Wait(); // a read of a pipe that has not returned
                yield return 2;
            }
            finally
            {
                disposed.Set();
            }
        }

        using (var items = ReadAhead.Of(Source(), 1).GetEnumerator())
        {
            items.MoveNext().Should().BeTrue();
            items.Current.Should().Be(1);
            blocked.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        } // returns at once: the read is not waited for

        disposed.IsSet.Should().BeFalse();
        release.Set();
        disposed.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
    }
}
