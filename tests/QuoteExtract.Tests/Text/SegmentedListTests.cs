using QuoteExtract.Text;

namespace QuoteExtract.Tests.Text;

public class SegmentedListTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Items_removed_from_the_end_across_segment_boundaries_are_replaced_in_place(bool pooled)
    {
        var list = new SegmentedList<long>(pooled);
        var expected = new List<long>();
        // 8,192 longs fill a 64 KB segment: add and remove around the first two boundaries.
        for (long i = 0; i < 20_000; i++)
        {
            list.Add(i);
            expected.Add(i);
            if (i % 3 == 0 || i is 8_192 or 16_384)
            {
                list.RemoveLast();
                expected.RemoveAt(expected.Count - 1);
            }
        }

        list.Count.Should().Be(expected.Count);
        list.ToArrayAndRelease().Should().Equal(expected);
        list.Count.Should().Be(0);
        FluentActions.Invoking(list.RemoveLast).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_released_list_takes_items_again_in_fresh_segments(bool pooled)
    {
        var list = new SegmentedList<long>(pooled);
        // Three 64 KB segments of 8,192 longs, then a release, then fewer items than before.
        for (long i = 0; i < 20_000; i++) list.Add(i);
        list.ToArrayAndRelease().Should().HaveCount(20_000);

        for (long i = 0; i < 10_000; i++) list.Add(-i);

        list.Count.Should().Be(10_000);
        list[9_999].Should().Be(-9_999);
        list.ToArray().Should().Equal(Enumerable.Range(0, 10_000).Select(i => -(long)i));
    }
}
