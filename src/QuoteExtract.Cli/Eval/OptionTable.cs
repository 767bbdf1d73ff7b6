using System.Collections;

namespace QuoteExtract.Cli.Eval;

/// <summary>
/// A table of command-line options over an immutable options record <typeparamref name="T"/>: one line per
/// option, <c>{ "--json", o =&gt; o with { Json = true } }</c> for a flag, <c>{ "--limit", (o, v) =&gt; ... }</c>
/// for an option with a value. A value converter throws <see cref="FormatException"/> to reject a value.
/// </summary>
internal sealed class OptionTable<T> : IEnumerable<string>
{
    private readonly Dictionary<string, Func<T, string?, T>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takesValue = new(StringComparer.Ordinal);

    /// <summary>A flag (no value).</summary>
    public void Add(string name, Func<T, T> apply) => _options[name] = (options, _) => apply(options);

    /// <summary>An option with a value (<c>--name value</c> or <c>--name=value</c>).</summary>
    public void Add(string name, Func<T, string, T> apply)
    {
        _options[name] = (options, value) => apply(options, value!);
        _takesValue.Add(name);
    }

    /// <summary>
    /// Applies <paramref name="args"/> to <paramref name="start"/>; arguments that are not options (and everything
    /// after <c>--</c>) go to <paramref name="positional"/>. Returns null and an error message on a usage error.
    /// </summary>
    public T? Parse(IReadOnlyList<string> args, T start, Func<T, string, T> positional, out string? error)
    {
        var options = start;
        var onlyPositional = false;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositional || arg == "-" || !arg.StartsWith('-'))
            {
                options = positional(options, arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositional = true;
                continue;
            }

            var (name, inline) = arg.IndexOf('=') is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            if (!_options.TryGetValue(name, out var apply))
            {
                error = $"unknown option '{arg}'.";
                return default;
            }
            string? value = null;
            if (_takesValue.Contains(name))
            {
                value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    error = $"option '{name}' needs a value.";
                    return default;
                }
            }
            else if (inline is not null)
            {
                error = $"option '{name}' takes no value.";
                return default;
            }

            try
            {
                options = apply(options, value);
            }
            catch (FormatException e)
            {
                error = $"option '{name}': {e.Message}";
                return default;
            }
        }
        return options;
    }

    /// <summary>The option names (lets the table be built with a collection initializer).</summary>
    public IEnumerator<string> GetEnumerator() => _options.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
