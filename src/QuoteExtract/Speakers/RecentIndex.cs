using QuoteExtract.Mentions;
using QuoteExtract.Text;

namespace QuoteExtract.Speakers;

/// <summary>
/// An index from a key (a name word "lee", a role "mayor", a nominal "interior ministry") to the entities most recently
/// mentioned under it, at most <see cref="Window"/> of them: a lookup reads a bounded list however many entities share a
/// surname or a role. The lists are chains in two shared arrays, most recent first (a list object and an array per key
/// were a fifth of the speaker stage's allocation).
/// </summary>
/// <param name="expectedKeys">About how many keys it will hold (its table is made that big at first).</param>
internal sealed class RecentIndex(int expectedKeys = 0) : IDisposable
{
    /// <summary>How many entities a key keeps.</summary>
    public const int Window = 12;

    /// <summary>As <see cref="WordMap.ExpectedKeys"/>.</summary>
    public int ExpectedKeys { get => _chains.ExpectedKeys; set => _chains.ExpectedKeys = value; }

    // Key → chain number; chain c's newest node _head[c] (-1 for none) and length _count[c].
    private readonly WordMap _chains = new(expectedKeys);
    private int[] _head = [], _count = [];
    // Node n: the entity _entity[n], the next older node _next[n] (-1 at the end); freed nodes chain from _free.
    private int[] _entity = [], _next = [];
    private int _used, _free = -1;

    /// <summary>True when <paramref name="key"/> is a key; <paramref name="held"/> is the string the index holds for it.</summary>
    public bool TryGetKey(ReadOnlySpan<char> key, out string held) => _chains.TryGetKey(key, out held);

    /// <summary>
    /// The number of <paramref name="key"/>'s list (for <see cref="Read(int, Span{int})"/> and <see cref="Add(int, int)"/>,
    /// no lookup), made empty when the key is new (<paramref name="added"/>; its characters copied, no string made).
    /// </summary>
    public int ChainOf(ReadOnlySpan<char> key, out bool added)
    {
        ref int chain = ref _chains.ValueOrAdd(key, out added);
        if (added) chain = NewChain();
        return chain;
    }

    /// <summary>The entities of <paramref name="key"/>, most recent first, copied into <paramref name="destination"/> (room for <see cref="Window"/>); how many.</summary>
    public int Read(ReadOnlySpan<char> key, Span<int> destination) => _chains.TryGetValue(key, out int chain) ? Read(chain, destination) : 0;

    /// <summary>The entities of the key whose list is <paramref name="chain"/>, as <see cref="Read(ReadOnlySpan{char}, Span{int})"/>.</summary>
    public int Read(int chain, Span<int> destination)
    {
        int n = 0;
        for (int node = _head[chain]; node >= 0; node = _next[node]) destination[n++] = _entity[node];
        return n;
    }

    /// <summary>The entity most recently mentioned under <paramref name="key"/>, or -1.</summary>
    public int Latest(ReadOnlySpan<char> key) =>
        _chains.TryGetValue(key, out int chain) && _head[chain] >= 0 ? _entity[_head[chain]] : -1;

    /// <summary>Makes <paramref name="e"/> the most recent entity of <paramref name="key"/> (dropping the oldest past the window); the key's list's number.</summary>
    public int Add(string key, int e) => Add(ref _chains.ValueOrAdd(key, out bool added), added, e);

    /// <summary>Makes <paramref name="e"/> the most recent entity of the key whose list is <paramref name="chain"/> (as <see cref="Add(string, int)"/>, no lookup).</summary>
    public void Add(int chain, int e) => Add(ref chain, added: false, e);

    /// <inheritdoc cref="Add(string, int)"/>
    /// <remarks>The key is made a string only when it is new.</remarks>
    public void Add(ReadOnlySpan<char> key, int e) => Add(ref _chains.ValueOrAdd(key, out bool added), added, e);

    private int Add(ref int chainOfKey, bool added, int e)
    {
        if (added) chainOfKey = NewChain();
        int chain = chainOfKey;
        ref int head = ref _head[chain];
        if (head >= 0 && _entity[head] == e) return chain;
        // Unlink e where it stands, or the oldest when the window is full.
        int prev = -1, node = head, last = -1, beforeLast = -1;
        for (; node >= 0; prev = node, node = _next[node])
        {
            if (_entity[node] == e) break;
            beforeLast = prev;
            last = node;
        }
        if (node < 0 && _count[chain] == Window) { node = last; prev = beforeLast; }
        if (node >= 0)
        {
            if (prev >= 0) _next[prev] = _next[node];
            else head = _next[node];
            _next[node] = _free;
            _free = node;
            _count[chain]--;
        }
        int fresh = NewNode();
        _entity[fresh] = e;
        _next[fresh] = head;
        head = fresh;
        _count[chain]++;
        return chain;
    }

    private int NewChain()
    {
        int chain = _chains.Count - 1;
        if (chain == _head.Length)
        {
            Grow(ref _head, chain);
            Grow(ref _count, chain);
        }
        _head[chain] = -1;
        _count[chain] = 0;
        return chain;
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
            Grow(ref _entity, _used);
            Grow(ref _next, _used);
        }
        return _used++;
    }

    // A pooled array twice as big, the first used items copied.
    private static void Grow(ref int[] array, int used) => ScratchArray.Grow(ref array, used, Math.Max(16, 2 * used));

    public void Dispose()
    {
        _chains.Dispose();
        foreach (var array in (ReadOnlySpan<int[]>)[_head, _count, _entity, _next])
            if (array.Length > 0) ScratchArray.Return(array);
        (_head, _count, _entity, _next, _used, _free) = ([], [], [], [], 0, -1);
    }
}
