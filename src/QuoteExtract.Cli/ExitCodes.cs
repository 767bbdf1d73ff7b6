namespace QuoteExtract.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was processed.</summary>
    public const int Ok = 0;

    /// <summary>At least one document failed; its record carries the error.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong (no inputs, unknown option or format).</summary>
    public const int Usage = 2;

    /// <summary>The output could not be written (no permission, a full disk, a closed pipe): what was written may be incomplete.</summary>
    public const int OutputFailed = 3;

    /// <summary>The batch was interrupted (Ctrl-C), as shells report a SIGINT; the output is complete up to there.</summary>
    public const int Interrupted = 130;
}
