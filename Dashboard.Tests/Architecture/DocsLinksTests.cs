using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// The repository explains itself: every reference a code comment or a document makes to a document of the repository
/// (`docs/x.md#anchor`, a Markdown link) names a file that exists and, with an anchor, a heading or `&lt;a id&gt;` in it.
/// </summary>
public sealed partial class DocsLinksTests
{
    private static readonly string[] SourceFolders = ["Dashboard", "Dashboard.Data", "Dashboard.Tests", "Dashboard.Benchmarks"];

    [Fact]
    public void Every_reference_in_the_code_to_a_document_resolves()
    {
        var broken = SourceFiles()
            .Where(file => Path.GetFileName(file) != $"{nameof(DocsLinksTests)}.cs") // its own examples of broken references
            .SelectMany(file => CodeReference().Matches(File.ReadAllText(file)).Select(m => (file, target: m.Value)))
            .Where(r => Problem(Repository.Root, r.target) is not null)
            .Select(r => $"{Path.GetRelativePath(Repository.Root, r.file)}: {r.target} — {Problem(Repository.Root, r.target)}")
            .Distinct()
            .ToList();

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void Every_link_between_the_documents_resolves()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md")
            .Append(Path.Combine(Repository.Root, "README.md")).Append(Path.Combine(Repository.Root, "BENCHMARKS.md"));
        var broken = documents
            .SelectMany(document => MarkdownLink().Matches(File.ReadAllText(document))
                .Select(m => m.Groups[1].Value)
                .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
                .Select(target => (document, target)))
            .Select(l => (l.document, l.target, problem: Problem(Path.GetDirectoryName(l.document)!, l.target, l.document)))
            .Where(l => l.problem is not null)
            .Select(l => $"{Path.GetFileName(l.document)}: {l.target} — {l.problem}")
            .ToList();

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }

    [Fact]
    public void A_missing_anchor_is_found()
    {
        Assert.Null(Problem(Repository.Root, "docs/indicatoren.md#afscherming"));
        Assert.NotNull(Problem(Repository.Root, "docs/indicatoren.md#vergelijken-en-streefwaarden"));
        Assert.NotNull(Problem(Repository.Root, "docs/bestaat-niet.md"));
    }

    /// <summary>Null when <paramref name="target"/> (relative to <paramref name="folder"/>) resolves; else what is wrong.</summary>
    private static string? Problem(string folder, string target, string? self = null)
    {
        var (path, anchor) = target.IndexOf('#') is var hash and >= 0 ? (target[..hash], target[(hash + 1)..]) : (target, null);
        var file = path.Length == 0 ? self! : Path.GetFullPath(Path.Combine(folder, path));
        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return "no such file";
        }
        return anchor is null || !file.EndsWith(".md", StringComparison.Ordinal) || Anchors(file).Contains(anchor) ? null : "no such heading";
    }

    private static HashSet<string> Anchors(string markdown)
    {
        var text = File.ReadAllText(markdown);
        var anchors = Heading().Matches(text).Select(m => Slug(m.Groups[1].Value)).ToHashSet();
        anchors.UnionWith(ExplicitAnchor().Matches(text).Select(m => m.Groups[1].Value));
        return anchors;
    }

    /// <summary>A heading's anchor as GitHub makes it: lower case, letters, digits, '-' and '_' kept, a space becomes '-'.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }
        return slug.ToString();
    }

    private static IEnumerable<string> SourceFiles() => SourceFolders
        .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.*", SearchOption.AllDirectories))
        .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".razor", StringComparison.Ordinal)
                       || file.EndsWith(".sql", StringComparison.Ordinal))
        .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                       && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"(?:README|BENCHMARKS)\.md(?:#[\w-]+)?|docs/[\w-]+\.md(?:#[\w-]+)?")]
    private static partial Regex CodeReference();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6} +(.+?) *$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a id=""([^""]+)""")]
    private static partial Regex ExplicitAnchor();
}
