using System.Xml;
using System.Xml.Linq;

namespace QuoteExtract.Evaluation;

/// <summary>
/// The attribution relations of an RST tree in rstWeb XML (GUM's <c>rs4</c>). <c>&lt;segment&gt;</c> elements are
/// the EDUs in text order: the k-th is CoNLL-U's unit k (GUM numbers both 1..N). <c>&lt;group type="span|multinuc"&gt;</c>
/// elements join them. Every node names its <c>parent</c> and <c>relname</c>: <c>span</c> for the nucleus of a span
/// group, a multinuclear relation for a member of a multinuc group, and any other relation for a satellite, whose
/// parent is its nucleus. So a group covers the segments below its span and multinuc children (satellites of those
/// children included), but not the satellites attached to the group itself, which lie beside it; a segment covers
/// itself alone (its satellites lie beside it too). <c>&lt;secedge&gt;</c> adds secondary relations between nodes, and
/// <c>&lt;signal subtype="attribution_source"&gt;</c> names the source's tokens of the relation of node (or secedge) <c>source</c>.
/// Bad elements are skipped with a warning, never thrown on.
/// </summary>
internal sealed class RstTree
{
    private sealed record Node(string Id, int Edu, string? Parent, string Relation, int Line)
    {
        public bool IsSegment => Edu > 0;
    }

    private readonly Dictionary<string, Node> _nodes;
    private readonly Dictionary<string, List<Node>> _children;
    private readonly Dictionary<string, string> _relationTypes;

    private RstTree(Dictionary<string, Node> nodes, Dictionary<string, List<Node>> children,
        Dictionary<string, string> relationTypes, IReadOnlyList<int> segmentTokens)
    {
        _nodes = nodes;
        _children = children;
        _relationTypes = relationTypes;
        SegmentTokens = segmentTokens;
    }

    /// <summary>How many whitespace-separated tokens each segment holds, in text order: what aligns it with CoNLL-U.</summary>
    public IReadOnlyList<int> SegmentTokens { get; }

    /// <summary>The attribution relations, tree relations in file order first, then secondary edges.</summary>
    public IReadOnlyList<DiscourseAttribution> Attributions { get; private set; } = [];

    /// <summary>Reads <paramref name="xml"/>; null (with a warning) when it is not XML or has no segment.</summary>
    /// <param name="file">The file's name, which starts each warning.</param>
    /// <param name="xml">The rs4 (or rs3) text.</param>
    /// <param name="warnings">Receives one message per skipped element.</param>
    public static RstTree? Parse(string file, string xml, ICollection<string> warnings)
    {
        XDocument document;
        try
        {
            // No DTD: an rs4 file has none, and entity expansion is not something a corpus reader should do.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            warnings.Add($"{file}: not readable as XML ({e.Message}); its tree is not used");
            return null;
        }

        var relationTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rel in document.Descendants("rel"))
            if (rel.Attribute("name")?.Value is { } name) relationTypes.TryAdd(name, rel.Attribute("type")?.Value ?? "rst");

        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var order = new List<Node>();
        var segmentTokens = new List<int>();
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName is "segment" or "group"))
        {
            var line = ((IXmlLineInfo)element).LineNumber;
            var id = element.Attribute("id")?.Value;
            var isSegment = element.Name.LocalName == "segment";
            // A segment is counted even when unusable, so that the next ones keep their unit numbers.
            if (isSegment) segmentTokens.Add(element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            if (string.IsNullOrEmpty(id) || nodes.ContainsKey(id))
            {
                warnings.Add($"{file}:{line}: {element.Name.LocalName} without an id or with a repeated one, skipped");
                continue;
            }
            var node = new Node(id, isSegment ? segmentTokens.Count : 0, element.Attribute("parent")?.Value,
                element.Attribute("relname")?.Value ?? "", line);
            nodes[id] = node;
            order.Add(node);
        }
        if (segmentTokens.Count == 0)
        {
            warnings.Add($"{file}: no segment; its tree is not used");
            return null;
        }

        var children = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        foreach (var node in order)
        {
            if (node.Parent is null) continue;
            if (!nodes.ContainsKey(node.Parent))
            {
                warnings.Add($"{file}:{node.Line}: parent {node.Parent} of node {node.Id} does not exist");
                continue;
            }
            if (!children.TryGetValue(node.Parent, out var list)) children[node.Parent] = list = [];
            list.Add(node);
        }

        var tree = new RstTree(nodes, children, relationTypes, segmentTokens);
        tree.Attributions = tree.ReadAttributions(file, document, order, warnings);
        return tree;
    }

    /// <summary>True when the segments are CoNLL-U's units one for one, each with as many tokens as the unit has words.</summary>
    /// <param name="document">The document the tree belongs to.</param>
    /// <param name="reason">Why not, when not.</param>
    public bool AlignsWith(ConlluDocument document, out string? reason)
    {
        reason = null;
        if (SegmentTokens.Count != document.EduCount)
        {
            reason = $"{SegmentTokens.Count} segments for {document.EduCount} CoNLL-U units";
            return false;
        }
        for (var edu = 1; edu <= SegmentTokens.Count; edu++)
        {
            var (first, end) = document.EduWords(edu);
            if (SegmentTokens[edu - 1] == end - first) continue;
            reason = $"segment {edu} has {SegmentTokens[edu - 1]} tokens, CoNLL-U unit {edu} has {end - first} words";
            return false;
        }
        return true;
    }

    private List<DiscourseAttribution> ReadAttributions(string file, XDocument document, List<Node> order, ICollection<string> warnings)
    {
        var sources = new Dictionary<string, IReadOnlyList<int>?>(StringComparer.Ordinal);
        foreach (var signal in document.Descendants("signal"))
        {
            if (signal.Attribute("subtype")?.Value != "attribution_source" || signal.Attribute("source")?.Value is not { } source) continue;
            var tokens = SignalTokens.Parse(signal.Attribute("tokens")?.Value ?? "");
            if (tokens is null) warnings.Add($"{file}:{((IXmlLineInfo)signal).LineNumber}: bad token list in the attribution source signal of {source}");
            sources.TryAdd(source, tokens);
        }

        var attributions = new List<DiscourseAttribution>();
        foreach (var node in order)
        {
            if (!DiscourseAttribution.IsAttribution(node.Relation)) continue;
            if (node.Parent is null || !_nodes.TryGetValue(node.Parent, out var nucleus))
            {
                warnings.Add($"{file}:{node.Line}: {node.Relation} of node {node.Id} has no nucleus, skipped");
                continue;
            }
            Add(node.Relation, $"{node.Relation}:{node.Id}->{nucleus.Id}", node, nucleus, sources.GetValueOrDefault(node.Id), false, node.Line);
        }
        foreach (var edge in document.Descendants("secedge"))
        {
            var relation = edge.Attribute("relname")?.Value;
            if (!DiscourseAttribution.IsAttribution(relation)) continue;
            var line = ((IXmlLineInfo)edge).LineNumber;
            var id = edge.Attribute("id")?.Value ?? "";
            if (edge.Attribute("source")?.Value is not { } from || !_nodes.TryGetValue(from, out var satellite)
                || edge.Attribute("target")?.Value is not { } to || !_nodes.TryGetValue(to, out var nucleus))
            {
                warnings.Add($"{file}:{line}: secondary {relation} '{id}' joins nodes that do not exist, skipped");
                continue;
            }
            Add(relation!, $"{relation}:{satellite.Id}->{nucleus.Id} (secondary)", satellite, nucleus, sources.GetValueOrDefault(id), true, line);
        }
        return attributions;

        void Add(string relation, string id, Node satellite, Node nucleus, IReadOnlyList<int>? source, bool secondary, int line)
        {
            var satelliteEdus = Extent(satellite);
            var nucleusEdus = Extent(nucleus);
            if (satelliteEdus.Count == 0 || nucleusEdus.Count == 0)
            {
                warnings.Add($"{file}:{line}: {id}: a side covers no segment, skipped");
                return;
            }
            attributions.Add(new DiscourseAttribution(relation, id, satelliteEdus, nucleusEdus, source)
            {
                NucleusIsGroup = !nucleus.IsSegment,
                Secondary = secondary,
            });
        }
    }

    // The EDUs a node covers, sorted. Visited nodes are remembered: a cycle of parents (a broken file) must not hang.
    private List<int> Extent(Node node)
    {
        if (node.IsSegment) return [node.Edu];
        var edus = new SortedSet<int>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { node.Id };
        foreach (var child in _children.GetValueOrDefault(node.Id, []))
            if (IsInside(child)) Collect(child, edus, visited);
        return [.. edus];
    }

    private void Collect(Node node, SortedSet<int> edus, HashSet<string> visited)
    {
        if (!visited.Add(node.Id)) return;
        if (node.IsSegment) edus.Add(node.Edu);
        foreach (var child in _children.GetValueOrDefault(node.Id, [])) Collect(child, edus, visited);
    }

    // Inside its parent group: the nucleus of a span ("span") or a member of a multinuc ("joint-list"); not a satellite.
    private bool IsInside(Node child) =>
        child.Relation == "span" || _relationTypes.GetValueOrDefault(child.Relation) == "multinuc";
}
