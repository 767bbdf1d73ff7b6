namespace QuoteExtract.Evaluation;

/// <summary>The shape of a gold mention of a named person or organization, as the speaker-resolution scorer groups them.</summary>
public enum MentionClass
{
    /// <summary>A single pronoun word (he, her, they, I).</summary>
    Pronoun,
    /// <summary>A proper-name head without every token of the chain's fullest name (Lee for Ann Lee).</summary>
    PartialName,
    /// <summary>A proper-name head with every token of the chain's fullest name (Ann Lee, Mr. Ann Lee's).</summary>
    FullName,
    /// <summary>A common-noun head that is a role or title (the minister, the spokesman), or a proper-name head that is only titles (the President).</summary>
    RolePhrase,
    /// <summary>Any other common-noun head (the woman, the company).</summary>
    OtherNominal,
    /// <summary>Anything else: a pronoun with words around it (both of them), a number, a determiner.</summary>
    Other,
}
