using System.Text.RegularExpressions;

namespace Dashboard.Tests.Architecture;

/// <summary>
/// Which top-level folders of a project use which, read from the source (C# and Razor): a file in folder A uses folder B
/// when it has <c>using Root.B</c> (or <c>@using</c>) or names something as <c>Root.B.…</c> or, since every file lies
/// inside the root namespace, as <c>B.…</c>. A <c>global using</c> would hide a use, so it is listed apart.
/// </summary>
public sealed class FolderDependencies
{
    private readonly Dictionary<string, Dictionary<string, List<string>>> _uses = [];
    private readonly List<string> _globalUsings = [];

    public static FolderDependencies Of(string projectFolder, string rootNamespace)
    {
        var dependencies = new FolderDependencies();
        var folders = Directory.EnumerateDirectories(projectFolder).Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "wwwroot" or "Properties")).ToList();
        var reference = new Regex(@"(?<![\w.])(?:" + Regex.Escape(rootNamespace) + @"\.)?(" + string.Join('|', folders) + @")(?:\.[A-Z]|;|\r?$)",
            RegexOptions.Multiline);
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(projectFolder, "*.razor", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(projectFolder, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.StartsWith("wwwroot/", StringComparison.Ordinal))
            {
                continue;
            }
            var text = File.ReadAllText(file);
            if (text.Contains("global using", StringComparison.Ordinal))
            {
                dependencies._globalUsings.Add(relative);
            }
            if (!relative.Contains('/'))
            {
                continue;
            }
            var folder = relative[..relative.IndexOf('/')];
            foreach (Match match in reference.Matches(text))
            {
                var used = match.Groups[1].Value;
                if (used != folder)
                {
                    dependencies.Add(folder, used, relative);
                }
            }
        }
        return dependencies;
    }

    /// <summary>The files with a <c>global using</c>, which would make every folder use what it names.</summary>
    public IReadOnlyList<string> GlobalUsings => _globalUsings;

    public IReadOnlyCollection<string> Folders => _uses.Keys.Concat(_uses.Values.SelectMany(u => u.Keys)).Distinct().Order().ToList();

    public IEnumerable<string> Used(string folder) => _uses.TryGetValue(folder, out var used) ? used.Keys : [];

    /// <summary>The files of <paramref name="folder"/> that use <paramref name="used"/>.</summary>
    public IReadOnlyList<string> Files(string folder, string used) =>
        _uses.TryGetValue(folder, out var all) && all.TryGetValue(used, out var files) ? files : [];

    /// <summary>The groups of folders that use each other in a circle (the strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlySet<string>> Cycles()
    {
        // Tarjan's algorithm; the graph has a dozen nodes, so recursion is fine.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlySet<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var used in Used(folder))
            {
                if (!index.ContainsKey(used))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (stack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], index[used]);
                }
            }
            if (low[folder] == index[folder])
            {
                var component = new SortedSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != folder);
                if (component.Count > 1)
                {
                    cycles.Add(component);
                }
            }
        }
        foreach (var folder in Folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }
        return cycles;
    }

    private void Add(string folder, string used, string file)
    {
        var uses = _uses.TryGetValue(folder, out var existing) ? existing : _uses[folder] = [];
        var files = uses.TryGetValue(used, out var list) ? list : uses[used] = [];
        if (!files.Contains(file))
        {
            files.Add(file);
        }
    }
}
