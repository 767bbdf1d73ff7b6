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
        // (An immutable array arrives boxed: that box is kept, not unboxed and boxed again.)
        return items is ImmutableArray<T> ? (IReadOnlyList<T>)items : ImmutableArray.CreateRange(items);
    }

    /// <summary>An empty list, boxed once per type (the default of a record's list, made for every record otherwise).</summary>
    public static IReadOnlyList<T> None<T>() => Empty<T>.List;

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> List = ImmutableArray<T>.Empty;
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
