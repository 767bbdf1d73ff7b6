using QuoteExtract.Attribution;
using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Tests.Attribution;

/// <summary>
/// A rule no built-in one covers, written as a user would: "CONTENT, per SOURCE." (the words before ", per" are what the
/// source reported; the words after it, to the sentence's end, name the source). It gives no cue: "per" is no verb of
/// saying, and the typing stage would not call what it governs speech.
/// </summary>
internal sealed class PerSourceRule : IAttributionRule
{
    public string Name => "per-source";

    public IEnumerable<QuoteAttribution> Propose(Document document, Sentence sentence)
    {
        int end = sentence.EndToken;
        if (end - 1 > sentence.FirstToken && document.Tokens[end - 1].Kind == TokenKind.Punctuation) end--;
        for (int per = sentence.FirstToken + 3; per + 1 < end; per++)
        {
            if (!document.TokenText(per).Equals("per", StringComparison.OrdinalIgnoreCase)
                || !document.TokenText(per - 1).SequenceEqual(",")) continue;
            var name = new TextSpan(document.Tokens[per + 1].Start, document.Tokens[end - 1].End);
            yield return new QuoteAttribution
            {
                Content = new TextSpan(document.Tokens[sentence.FirstToken].Start, document.Tokens[per - 2].End),
                Source = new Mention(name, name, [], MentionShape.Nominal, SpeakerKind.Organization, Gender.Unknown, false, per + 1, end),
                Confidence = 0.7,
            };
            yield break;
        }
    }
}
