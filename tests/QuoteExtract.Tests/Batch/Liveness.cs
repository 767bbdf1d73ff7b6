namespace QuoteExtract.Tests.Batch;

/// <summary>Runs a test body on another thread with a generous bound, so a hung batch fails the test instead of hanging the suite.</summary>
internal static class Liveness
{
    private static readonly TimeSpan s_bound = TimeSpan.FromMinutes(2); // (liveness, not speed)

    public static T Within<T>(Func<T> body)
    {
        var run = Task.Factory.StartNew(body, TaskCreationOptions.LongRunning);
        (Task.WaitAny([run], s_bound) == 0).Should().BeTrue("the batch must not hang");
        return run.GetAwaiter().GetResult(); // the body's own exception, not wrapped
    }

    public static async Task<T> WithinAsync<T>(Func<Task<T>> body)
    {
        var run = Task.Run(body);
        (await Task.WhenAny(run, Task.Delay(s_bound))).Should().BeSameAs(run, "the batch must not hang");
        return await run;
    }
}
