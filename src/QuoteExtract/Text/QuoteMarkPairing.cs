using static QuoteExtract.Text.QuoteMarkChars;
using K = QuoteExtract.Text.QuoteOpenKind;

namespace QuoteExtract.Text;

/// <summary>The state of one <see cref="QuoteMarkScanner.Scan"/> call; see there for the rules.</summary>
internal sealed class QuoteMarkPairing
{
    // 20 bytes a mark: a document of nothing but quote marks holds one slot per two characters. The content span is
    // not stored: it is the text between the marks less trimmable space, recomputed once when the spans are made.
    private struct Slot
    {
        public int Pos;            // the opening mark; once the spans are made, the index of its span (-1 if dropped)
        public int Parent, Previous;
        public int CloseStart;     // closing mark, or content end when unclosed
        public K Kind;
        public byte OpenWidth, CloseWidth; // 2 for a doubled apostrophe ('' … '') used as a double quote mark; at most an entity's length
        private byte _flags;

        public bool Closed { readonly get => (_flags & ClosedFlag) != 0; set => _flags = value ? (byte)(_flags | ClosedFlag) : (byte)(_flags & ~ClosedFlag); }

        public bool Dropped { readonly get => (_flags & DroppedFlag) != 0; set => _flags = value ? (byte)(_flags | DroppedFlag) : (byte)(_flags & ~DroppedFlag); }

        private const int ClosedFlag = 1, DroppedFlag = 2;
    }

    private readonly string _text;
    private readonly QuoteMarkStyles _styles;
    private readonly SegmentedList<Slot> _slots = new(pooled: true);
    // (The two stacks rented, and given back by Finish: one pairing a document, and they were a third of what the quote
    // marks allocated for a news article.)
    private readonly int[] _stack = ScratchArray.Rent<int>(QuoteMarkScanner.MaxDepth);
    private int _depth;
    private readonly int[] _carry = ScratchArray.Rent<int>(QuoteMarkScanner.MaxDepth);
    private int _carryCount;
    private int _start, _end, _skipThrough = -1;
    private int _lastCurlyCloser = -2, _lastStraightCloser = -2; // -2: not computed for this paragraph
    private int _width = 1; // width of the mark being stepped

    // Every quote-mark candidate and '&' (an entity may be a mark).
    private static readonly System.Buffers.SearchValues<char> s_interesting = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => IsCandidate(c) || c == '&')]);

    public QuoteMarkPairing(string text, QuoteMarkStyles styles) { _text = text; _styles = styles; }

    public void Paragraph(int start, int end)
    {
        _start = start; _end = end; _skipThrough = -1;
        _lastCurlyCloser = _lastStraightCloser = -2;
        for (int i = start; i < end; i++)
        {
            // Jump to the next character that can matter (vectorised); the first one is always looked at.
            if (i > start)
            {
                int next = _text.AsSpan(i, end - i).IndexOfAny(s_interesting);
                if (next < 0) break;
                i += next;
            }
            if (i > _skipThrough && IsCandidate(_text[i])) Step(i);
            else if (i > _skipThrough && _text[i] == '&' && On(QuoteMarkStyles.Straight | QuoteMarkStyles.Curly)) StepEntity(i);
            if (i == start) ResolveCarry(); // continuation is decided by the first character only
        }
        ResolveCarry();
        // Still open at the paragraph end: unclosed, content to the end; may be continued next.
        for (int d = 0; d < _depth; d++)
        {
            ref var s = ref SlotAt(_stack[d]);
            s.CloseStart = Trim(s.Pos + Math.Max(1, (int)s.OpenWidth), end).End;
            _carry[_carryCount++] = _stack[d];
        }
        _depth = 0;
    }

    /// <summary>The spans found, ordered by opening mark; the pairing is done with (its scratch goes back to the pool).</summary>
    public QuotedSpan[] Finish()
    {
        ResolveCarry();
        var slots = _slots;
        int kept = 0;
        for (int j = 0; j < slots.Count; j++) if (!slots[j].Dropped) kept++;
        // The spans go straight into an array of the exact size. A slot's parent and previous come before it, so each
        // slot, once read, keeps its span's index in Pos (no map beside the slots).
        var result = new QuotedSpan[kept];
        int n = 0;
        for (int j = 0; j < slots.Count; j++)
        {
            ref var s = ref slots[j];
            if (s.Dropped) { s.Pos = -1; continue; }
            int p = s.Parent;
            while (p >= 0 && slots[p].Dropped) p = slots[p].Parent; // bounded by MaxDepth
            int parent = p >= 0 ? slots[p].Pos : -1;
            int depth = parent >= 0 ? result[parent].Depth + 1 : 0;
            int previous = s.Previous >= 0 ? slots[s.Previous].Pos : -1;
            var (contentStart, contentEnd) = Trim(s.Pos + Math.Max(1, (int)s.OpenWidth), s.CloseStart);
            var close = s.Closed ? new TextSpan(s.CloseStart, s.CloseStart + Math.Max(1, (int)s.CloseWidth)) : new TextSpan(contentEnd, contentEnd);
            result[n] = new QuotedSpan(new TextSpan(s.Pos, s.Pos + Math.Max(1, (int)s.OpenWidth)), close,
                new TextSpan(contentStart, contentEnd), depth, parent, previous, s.Closed);
            s.Pos = n++;
        }
        slots.Release();
        ScratchArray.Return(_stack);
        ScratchArray.Return(_carry);
        return result;
    }

    private ref Slot SlotAt(int index) => ref _slots[index];

    private bool On(QuoteMarkStyles family) => (_styles & family) != 0;

    private void Step(int i)
    {
        switch (_text[i])
        {
            case '\u201C': // “ closes „ (German), else opens; a misused “ in closing position closes “
                if (TryClose(i, Bit(K.LowDouble))) return;
                if (!On(QuoteMarkStyles.Curly)) return;
                if (CloseOnly(i)) { TryClose(i, Bit(K.CurlyDouble) | Bit(K.CurlyDoubleReversed)); return; } // never opens there
                Open(i, K.CurlyDouble);
                return;
            case '\u201D': // ”
                if (!On(QuoteMarkStyles.Curly)) { TryClose(i, Bit(K.LowDouble)); return; }
                if (TryClose(i, Bit(K.CurlyDouble) | Bit(K.CurlyDoubleReversed) | Bit(K.LowDouble) | Bit(K.StraightDouble))) return;
                if (OpenOnly(i)) Open(i, K.CurlyDoubleReversed); // ”Swedish” or a misused opener
                return;
            case '\u2018': // ‘ closes ‚, else opens unless it is a misused apostrophe (‘90s)
                if (TryClose(i, Bit(K.LowSingle))) return;
                if (!On(QuoteMarkStyles.Curly)) return;
                if (CloseOnly(i)) { TryClose(i, Bit(K.CurlySingle)); return; }
                if (IsApostrophe(i, Bit(K.CurlySingle))) return;
                Open(i, K.CurlySingle);
                return;
            case '\u2019': // ’ closes, unless it is an apostrophe
            {
                int mask = On(QuoteMarkStyles.Curly) ? Bit(K.CurlySingle) | Bit(K.LowSingle) | Bit(K.StraightSingle) : Bit(K.LowSingle);
                if (IsApostrophe(i, mask) || OpenOnly(i)) return; // OpenOnly: an elision such as ’em
                TryClose(i, mask);
                return;
            }
            case '"':
                if (On(QuoteMarkStyles.Straight))
                    StepStraight(i, K.StraightDouble, Bit(K.CurlyDouble) | Bit(K.CurlyDoubleReversed) | Bit(K.LowDouble));
                return;
            // ''' after a word ("… 'a special case,'''"): the first may close an inner single quote, the other two are the
            // doubled mark (the same character test as the tokenizer's, so marks and tokens agree).
            case '\'' when On(QuoteMarkStyles.Straight | QuoteMarkStyles.Backticks) && TextChars.IsApostropheBeforeDoubled(_text, i, _start, _end):
                TryClose(i, Bit(K.StraightSingle) | Bit(K.CurlySingle) | Bit(K.BacktickSingle));
                return;
            case '\'' when On(QuoteMarkStyles.Straight | QuoteMarkStyles.Backticks) && i + 1 < _end && _text[i + 1] == '\'':
                StepDoubledApostrophe(i);
                return;
            case '\'':
            {
                int singles = Bit(K.StraightSingle) | Bit(K.CurlySingle) | Bit(K.LowSingle) | Bit(K.BacktickSingle);
                if (!On(QuoteMarkStyles.Straight | QuoteMarkStyles.Backticks) || IsApostrophe(i, singles)) return;
                // "to `stay' here", "to ` stay ' here": an apostrophe not inside a word closes the backtick before it.
                if (TopIs(K.BacktickSingle) && (CloseContext(i) || char.IsWhiteSpace(Prev(i)) && !OpenContext(i)) && TryClose(i, Bit(K.BacktickSingle))) return;
                if (On(QuoteMarkStyles.Straight)) StepStraight(i, K.StraightSingle, singles & ~Bit(K.StraightSingle));
                return;
            }
            case '`':
                if (On(QuoteMarkStyles.Backticks)) StepBacktick(i);
                return;
            case '\u00AB': StepGuillemet(i, K.GuillemetDouble, K.GuillemetDoubleReversed, opensOnLeft: true); return;
            case '\u00BB': StepGuillemet(i, K.GuillemetDoubleReversed, K.GuillemetDouble, opensOnLeft: false); return;
            case '\u2039': StepGuillemet(i, K.GuillemetSingle, K.GuillemetSingleReversed, opensOnLeft: true); return;
            case '\u203A': StepGuillemet(i, K.GuillemetSingleReversed, K.GuillemetSingle, opensOnLeft: false); return;
            case '\u201E': Open(i, K.LowDouble); return;
            case '\u201A': Open(i, K.LowSingle); return;
            case '\u2036' or '\u301D': Open(i, K.PrimeDoubleOpen); return;
            case '\u2035': Open(i, K.PrimeSingleOpen); return;
            case '\u301E' or '\u301F':
                if (On(QuoteMarkStyles.Primes)) TryClose(i, Bit(K.PrimeDoubleOpen) | Bit(K.PrimeDouble));
                return;
            case '\u2033': // ″
                if (!On(QuoteMarkStyles.Primes) || char.IsDigit(Prev(i))) return; // 11″ is inches
                if (TryClose(i, Bit(K.PrimeDoubleOpen) | Bit(K.PrimeDouble))) return;
                if (!CloseOnly(i)) Open(i, K.PrimeDouble);
                return;
            case '\u2032': // ′
                if (!On(QuoteMarkStyles.Primes) || char.IsDigit(Prev(i))) return; // 5′ is feet
                if (char.IsLetter(Prev(i)) && char.IsLetter(Next(i))) return;     // used as an apostrophe
                if (TryClose(i, Bit(K.PrimeSingleOpen) | Bit(K.PrimeSingle))) return;
                if (!CloseOnly(i)) Open(i, K.PrimeSingle);
                return;
        }
    }

    // " and ': context decides; ambiguous marks alternate. Fallback kinds allow mixed pairs like “…".
    // A quote mark written as an HTML entity in scraped text (&quot; &#8220; &ldquo; …): a mark as wide as the
    // entity, so offsets still point into the text as given.
    private void StepEntity(int i)
    {
        var (mark, width) = HtmlEntities.QuoteMarkAt(_text, i, _end);
        if (width == 0) return;
        _skipThrough = i + width - 1;
        _width = width;
        char before = i > _start ? _text[i - 1] : ' ';
        char after = i + width < _end ? _text[i + width] : ' ';
        bool openContext = i == _start || char.IsWhiteSpace(before) || IsOpeningPunct(before);
        bool closeContext = i + width >= _end || char.IsWhiteSpace(after) || IsClosingPunct(after) || after == '&';
        switch (mark)
        {
            case '\u201C': Open(i, K.CurlyDouble); break;
            case '\u201D': TryClose(i, Bit(K.CurlyDouble) | Bit(K.StraightDouble)); break;
            case '\u2018': Open(i, K.CurlySingle); break;
            case '\u2019':
                if (char.IsLetter(before) && char.IsLetter(after)) break; // an apostrophe (don&rsquo;t)
                TryClose(i, Bit(K.CurlySingle) | Bit(K.StraightSingle));
                break;
            case '"':
                if (openContext && !closeContext) Open(i, K.StraightDouble);
                else if (!TryClose(i, Bit(K.StraightDouble) | Bit(K.CurlyDouble)) && openContext) Open(i, K.StraightDouble);
                break;
        }
        _width = 1;
    }

    // ``We will rebuild,'' the mayor said. (Penn Treebank text): `` opens a double mark and ` a single one, both closed by
    // apostrophes. A backtick hugs the word after it (spaced only inside a ``…'' quote: "`` We will , '' he said");
    // three or more (```) fence code, and a backtick after a word ends a code span ("run `make test` now"), never a quote.
    private void StepBacktick(int i)
    {
        bool twin = i + 1 < _end && _text[i + 1] == '`';
        int width = twin ? 2 : 1;
        if (Prev(i) == '`' || i + width < _end && _text[i + width] == '`') return;
        if (i > _start && !char.IsWhiteSpace(Prev(i)) && !IsOpeningPunct(Prev(i)))
        {
            if (!twin && TopIs(K.BacktickSingle)) SlotAt(_stack[--_depth]).Dropped = true;
            return;
        }
        if (i + width >= _end || char.IsWhiteSpace(_text[i + width]) && !(twin || TopIs(K.BacktickDouble))) return;
        _skipThrough = i + width - 1;
        _width = width;
        Open(i, twin ? K.BacktickDouble : K.BacktickSingle);
        _width = 1;
    }

    private bool TopIs(K kind) => _depth > 0 && SlotAt(_stack[_depth - 1]).Kind == kind;

    // '' … '' (two apostrophes, as some newspapers' text files write a double quote mark): one double mark.
    private void StepDoubledApostrophe(int i)
    {
        _skipThrough = i + 1;
        _width = 2;
        // ``…'' closes the backtick mark whatever stands around it ("`` We will , '' he said"), unless a straight '' opened inside.
        // ("``He called it ''a plan'' then,'' she said": a '' before a word opens the newspapers' straight mark.)
        bool opensWord = (i == _start || char.IsWhiteSpace(Prev(i))) && i + 2 < _end && char.IsLetterOrDigit(_text[i + 2]);
        for (int d = _depth - 1; d >= 0 && !(opensWord && On(QuoteMarkStyles.Straight)); d--)
        {
            var kind = SlotAt(_stack[d]).Kind;
            if (kind == K.StraightDouble) break;
            if (kind != K.BacktickDouble) continue;
            TryClose(i, Bit(K.BacktickDouble));
            _width = 1;
            return;
        }
        if (!On(QuoteMarkStyles.Straight)) { _width = 1; return; }
        char before = i > _start ? _text[i - 1] : ' ';
        char after = i + 2 < _end ? _text[i + 2] : ' ';
        bool open = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':' || i == _start;
        // ("… coalitions, '' said Lee": a space before the mark, none of the words after it: a closer.)
        if (open && i > _start && (char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ')') && Pending(Bit(K.StraightDouble))) open = false;
        if (open) Open(i, K.StraightDouble);
        else TryClose(i, Bit(K.StraightDouble) | Bit(K.CurlyDouble));
        _width = 1;
    }

    private void StepStraight(int i, K kind, int fallback)
    {
        bool open = OpenContext(i), close = CloseContext(i);
        if (open && !close) { Open(i, kind); return; }
        if (close && !open) { TryClose(i, Bit(kind) | fallback); return; } // stray closer or 6" measure: ignored
        if (TryClose(i, Bit(kind))) return;
        if (char.IsDigit(Prev(i))) return;
        Open(i, kind);
    }

    // « » ‹ ›: close the opposite-direction opener (French «…», German »…«); a same-direction
    // opener is closed only from a closing position (Finnish »…»); otherwise open.
    private void StepGuillemet(int i, K self, K opposite, bool opensOnLeft)
    {
        if (!On(QuoteMarkStyles.Guillemets)) return;
        if (TryClose(i, Bit(opposite))) return;
        if (!opensOnLeft && CloseOnly(i) && TryClose(i, Bit(self))) return;
        // A » that opens (the »…« style) hugs its text; one with a space after it is an arrow ("Read more »").
        if (!opensOnLeft && (i + 1 >= _end || char.IsWhiteSpace(_text[i + 1]))) return;
        Open(i, self);
    }

    private void Open(int i, K kind)
    {
        if (!On(Family(kind)) || _depth >= QuoteMarkScanner.MaxDepth) return;
        var slot = new Slot { Pos = i, Kind = kind, Parent = _depth > 0 ? _stack[_depth - 1] : -1, Previous = -1, OpenWidth = (byte)_width };
        if (i == _start)
        {
            // Continuation: the lowest quote left open in the previous paragraph with the same family and size.
            for (int k = 0; k < _carryCount; k++)
            {
                int c = _carry[k];
                if (c < 0) continue;
                var ck = SlotAt(c).Kind;
                if (Family(ck) == Family(kind) && IsDouble(ck) == IsDouble(kind))
                {
                    slot.Previous = c;
                    _carry[k] = -1;
                    break;
                }
            }
        }
        _slots.Add(slot);
        _stack[_depth++] = _slots.Count - 1;
    }

    // Whether an opener of these kinds is pending (bounded by the stack depth).
    private bool Pending(int mask)
    {
        for (int d = _depth - 1; d >= 0; d--) if ((mask & Bit(SlotAt(_stack[d]).Kind)) != 0) return true;
        return false;
    }

    private bool TryClose(int i, int mask)
    {
        int d = _depth - 1;
        while (d >= 0 && (mask & Bit(SlotAt(_stack[d]).Kind)) == 0) d--;
        if (d < 0) return false;
        for (int k = _depth - 1; k > d; k--) SlotAt(_stack[k]).Dropped = true; // left open inside a closed quote
        ref var s = ref SlotAt(_stack[d]);
        s.Closed = true;
        s.CloseStart = i;
        s.CloseWidth = (byte)_width;
        _depth = d;
        // A pair with nothing between its marks ("") quotes nothing. It is the last slot (anything opened after it would
        // stand between the marks), so nothing refers to it and it goes at once: 16 MB of " would otherwise hold 8 M slots.
        if (i == s.Pos + Math.Max(1, (int)s.OpenWidth) && _stack[d] == _slots.Count - 1 && s.Pos >= _start) _slots.RemoveLast();
        return true;
    }

    // Quotes left open by the previous paragraph and not continued: keep doubles, drop lone singles.
    private void ResolveCarry()
    {
        for (int k = 0; k < _carryCount; k++)
        {
            if (_carry[k] < 0) continue;
            ref var s = ref SlotAt(_carry[k]);
            if (!IsDouble(s.Kind) && s.Previous < 0) s.Dropped = true;
        }
        _carryCount = 0;
    }

    private bool IsPending(int mask)
    {
        for (int d = 0; d < _depth; d++)
            if ((mask & Bit(SlotAt(_stack[d]).Kind)) != 0) return true;
        return false;
    }

    private bool IsApostrophe(int i, int closesMask)
    {
        char c = _text[i], p = Prev(i), n = Next(i);
        bool pWord = char.IsLetterOrDigit(p);
        if (pWord && char.IsLetter(n)) return true;                  // don’t, O’Brien, 1990’s
        if (char.IsDigit(p) && char.IsDigit(n)) return true;         // 5'11
        if (pWord) return IsPluralPossessive(i, c, closesMask);
        if (n is 'n' or 'N' && i + 2 < _end && IsApostropheLike(_text[i + 2])
            && (i + 3 >= _end || !char.IsLetterOrDigit(_text[i + 3])))
        {
            _skipThrough = i + 2;                                    // rock ’n’ roll
            return true;
        }
        if (char.IsDigit(n) && i + 2 < _end && char.IsDigit(_text[i + 2])
            && (i + 3 >= _end || !char.IsDigit(_text[i + 3])))
            return true;                                             // ’90s, '08
        return char.IsLetter(n) && IsElision(_text.AsSpan(i + 1, _end - i - 1)); // ’em, 'til
    }

    // the Smiths’ house: an apostrophe unless a single quote is pending that no later mark could close.
    private bool IsPluralPossessive(int i, char c, int closesMask)
    {
        if (c is not ('\u2019' or '\'')) return false;
        char p = Prev(i);
        if (p is not ('s' or 'S') || i - 2 < _start || !char.IsLetter(_text[i - 2])) return false;
        if (!char.IsWhiteSpace(Next(i)) || i + 2 >= _end || !char.IsLetter(_text[i + 2])) return false;
        if (!IsPending(closesMask)) return true;
        return LastCloserCandidate(c) > i;
    }

    // Last mark of this character in the paragraph that sits in a closing position; computed once per paragraph.
    private int LastCloserCandidate(char c)
    {
        ref int cached = ref c == '\'' ? ref _lastStraightCloser : ref _lastCurlyCloser;
        if (cached != -2) return cached;
        cached = -1;
        for (int j = _end - 1; j >= _start; j--)
            if (_text[j] == c && CloseContext(j)) { cached = j; break; }
        return cached;
    }

    private char Prev(int i) => i > _start ? _text[i - 1] : '\0';
    private char Next(int i) => i + 1 < _end ? _text[i + 1] : '\0';

    private bool OpenContext(int i)
    {
        bool prevOk = i == _start || char.IsWhiteSpace(_text[i - 1]) || IsOpeningPunct(_text[i - 1]);
        return prevOk && i + 1 < _end && !char.IsWhiteSpace(_text[i + 1]);
    }

    private bool CloseContext(int i)
    {
        bool prevOk = i > _start && !char.IsWhiteSpace(_text[i - 1]);
        return prevOk && (i + 1 >= _end || char.IsWhiteSpace(_text[i + 1]) || IsClosingPunct(_text[i + 1]));
    }

    private bool OpenOnly(int i) => OpenContext(i) && !CloseContext(i);
    private bool CloseOnly(int i) => CloseContext(i) && !OpenContext(i);

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && ParagraphSplitter.IsTrimmable(_text[start])) start++;
        while (end > start && ParagraphSplitter.IsTrimmable(_text[end - 1])) end--;
        return (start, end);
    }
}
