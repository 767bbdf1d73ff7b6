using QuoteExtract.Attribution;

namespace QuoteExtract.Tests.Attribution;

// The attribution keeps its enums in a byte each: every value set, in range or not, reads back as set.
public class QuoteAttributionTests
{
    [Fact]
    public void A_new_attribution_has_the_documented_defaults()
    {
        var a = new QuoteAttribution();

        a.Kind.Should().Be(QuoteKind.Direct);
        a.Cue.Should().BeNull();
        a.Type.Should().Be(AttributionType.Speech);
        a.Rule.Should().Be(AttributionRuleId.None);
        a.Pattern.Should().Be(AttributionRuleNames.Of(AttributionRuleId.None));
        (a.Continues, a.Entity, a.QuotedSpan).Should().Be((-1, -1, -1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(253)]
    [InlineData(254)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Every_enum_value_reads_back_as_set(int value)
    {
        var a = new QuoteAttribution { Kind = (QuoteKind)value, Type = (AttributionType)value, Rule = (AttributionRuleId)value };

        a.Kind.Should().Be((QuoteKind)value);
        a.Type.Should().Be((AttributionType)value);
        a.Rule.Should().Be((AttributionRuleId)value);
    }

    [Fact]
    public void A_null_type_and_a_cue_read_back_as_set()
    {
        var a = new QuoteAttribution { Type = null, Cue = new TextSpan(4, 9) };

        a.Type.Should().BeNull();
        a.Cue.Should().Be(new TextSpan(4, 9));
        a.Cue = null;
        a.Cue.Should().BeNull();
        a.Type = (AttributionType)254;
        a.Type.Should().Be((AttributionType)254);
    }

    [Fact]
    public void A_custom_pattern_is_dropped_when_a_built_in_name_is_set()
    {
        var a = new QuoteAttribution { Pattern = "per-source" };
        a.Pattern.Should().Be("per-source");

        a.Pattern = "passive-by";

        a.Pattern.Should().Be("passive-by");
        a.Rule.Should().Be(AttributionRuleId.PassiveBy);
    }
}
