using System.Runtime.InteropServices;

namespace QuoteExtract.Speakers;

/// <summary>
/// An index from a key (a name word "lee", a role "mayor", a nominal "interior ministry") to the entities most recently
/// mentioned under it, at most <see cref="Window"/> of them: a lookup reads a bounded list however many entities share a
/// surname or a role. The lists are chains in two shared arrays, most recent first (a list object and an array per key
/// were a fifth of the speaker stage's allocation).
/// </summary>
internal sealed class RecentIndex(int capacity)
{
    /// <summary>How many entities a key keeps.</summary>
    public const int Window = 12;

    private struct Chain
    {
        public int Head, Count; // (Head: the newest node, -1 for none)
    }

    private readonly Dictionary<string, Chain> _chains = new(capacity, StringComparer.Ordinal);
    // Node n: the entity _entity[n], the next older node _next[n] (-1 at the end); freed nodes chain from _free.
    private int[] _entity = [], _next = [];
    private int _used, _free = -1;

    /// <summary>True when <paramref name="key"/> is a key; <paramref name="held"/> is the string the index holds for it.</summary>
    public bool TryGetKey(ReadOnlySpan<char> key, out string held) =>
        _chains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out held!, out _);

    /// <summary>The entities of <paramref name="key"/>, most recent first, copied into <paramref name="destination"/> (room for <see cref="Window"/>); how many.</summary>
    public int Read(ReadOnlySpan<char> key, Span<int> destination)
    {
        if (!_chains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var chain)) return 0;
        int n = 0;
        for (int node = chain.Head; node >= 0; node = _next[node]) destination[n++] = _entity[node];
        return n;
    }

    /// <summary>The entity most recently mentioned under <paramref name="key"/>, or -1.</summary>
    public int Latest(ReadOnlySpan<char> key) =>
        _chains.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var chain) && chain.Head >= 0 ? _entity[chain.Head] : -1;

    /// <summary>Makes <paramref name="e"/> the most recent entity of <paramref name="key"/> (dropping the oldest past the window).</summary>
    public void Add(string key, int e) => Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_chains, key, out bool known), known, e);

    /// <inheritdoc cref="Add(string, int)"/>
    /// <remarks>The key is made a string only when it is new.</remarks>
    public void Add(ReadOnlySpan<char> key, int e) =>
        Add(ref CollectionsMarshal.GetValueRefOrAddDefault(_chains.GetAlternateLookup<ReadOnlySpan<char>>(), key, out bool known), known, e);

    private void Add(ref Chain chain, bool known, int e)
    {
        if (!known) chain.Head = -1;
        if (chain.Head >= 0 && _entity[chain.Head] == e) return;
        // Unlink e where it stands, or the oldest when the window is full.
        int prev = -1, node = chain.Head, last = -1, beforeLast = -1;
        for (; node >= 0; prev = node, node = _next[node])
        {
            if (_entity[node] == e) break;
            beforeLast = prev;
            last = node;
        }
        if (node < 0 && chain.Count == Window) { node = last; prev = beforeLast; }
        if (node >= 0)
        {
            if (prev >= 0) _next[prev] = _next[node];
            else chain.Head = _next[node];
            _next[node] = _free;
            _free = node;
            chain.Count--;
        }
        int fresh = NewNode();
        _entity[fresh] = e;
        _next[fresh] = chain.Head;
        chain.Head = fresh;
        chain.Count++;
    }

    private int NewNode()
    {
        if (_free >= 0)
        {
            int n = _free;
            _free = _next[n];
            return n;
        }
        if (_used == _entity.Length)
        {
            int size = Math.Max(16, 2 * _used);
            Array.Resize(ref _entity, size);
            Array.Resize(ref _next, size);
        }
        return _used++;
    }
}
