namespace QuoteExtract;

/// <summary>
/// The names of the built-in stages, in the order they run, for
/// <see cref="QuoteExtractorBuilder.UseBefore"/>, <see cref="QuoteExtractorBuilder.UseAfter"/>,
/// <see cref="QuoteExtractorBuilder.Replace"/> and <see cref="QuoteExtractorBuilder.Remove"/>.
/// </summary>
public static class PipelineStageNames
{
    /// <summary>Paragraphs, tokens, quote marks, sentences, boilerplate.</summary>
    public const string Text = "text";

    /// <summary>Quotes in quote marks and their cues and sources.</summary>
    public const string QuotedSpeech = "quoted-speech";

    /// <summary>Reported (indirect) speech: "Lee said the plan would fail."</summary>
    public const string ReportedSpeech = "reported-speech";

    /// <summary>Whether each attribution is speech, belief, knowledge, intention or an act.</summary>
    public const string AttributionTypes = "attribution-types";

    /// <summary>Coreference: every quote's source resolved to a speaker named in full.</summary>
    public const string Speakers = "speakers";

    /// <summary>Claims, their stance and check-worthiness.</summary>
    public const string Claims = "claims";
}
