using System.Collections.Immutable;

namespace QuoteExtract;

/// <summary>
/// The lists inside result records: frozen on the way in (an <see cref="ImmutableArray{T}"/> behind the
/// <see cref="IReadOnlyList{T}"/>, so a cast to <c>List&lt;T&gt;</c> or <c>T[]</c> fails and <c>IList&lt;T&gt;.Clear</c>
/// throws), compared element by element so two extractions of one text are equal.
/// </summary>
internal static class ValueList
{
    public static IReadOnlyList<T> Freeze<T>(IEnumerable<T> items, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        return items is ImmutableArray<T> frozen ? frozen : ImmutableArray.CreateRange(items);
    }

    public static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Count != b.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Count; i++)
            if (!comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    public static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }
}
