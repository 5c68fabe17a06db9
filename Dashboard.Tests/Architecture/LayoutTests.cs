using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Architecture;

/// <summary>The shape of the code as docs/architectuur.md describes it: a core without ASP.NET Core, and in the core and the web app no folders that use each other in a circle.</summary>
public sealed class LayoutTests
{
    private static readonly FolderDependencies Core = FolderDependencies.Of(Path.Combine(Repository.Root, "Dashboard.Data"), "Dashboard.Data");

    private static readonly FolderDependencies Web = FolderDependencies.Of(Path.Combine(Repository.Root, "Dashboard"), "Dashboard");

    /// <summary>Circles allowed for now: none. A circle fails with the files that close it.</summary>
    private static readonly IReadOnlySet<string>[] KnownCycles = [];

    [Fact]
    public void No_folder_of_the_core_uses_another_that_uses_it_back()
    {
        var unexpected = Core.Cycles().Where(cycle => !KnownCycles.Any(known => known.IsSupersetOf(cycle))).ToList();

        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected.Select(cycle => Describe(Core, cycle))));
    }

    /// <summary>The web app too: its start-up (<c>Startup/</c>) uses every feature, and no feature uses it back.</summary>
    [Fact]
    public void No_folder_of_the_web_app_uses_another_that_uses_it_back()
    {
        var cycles = Web.Cycles();

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles.Select(cycle => Describe(Web, cycle))));
    }

    [Fact]
    public void The_core_has_no_global_using_that_would_hide_which_folder_uses_which() => Assert.Empty(Core.GlobalUsings);

    [Fact]
    public void The_core_references_no_ASP_NET_Core_assembly()
    {
        var references = typeof(Database).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Data.Sqlite", references);
    }

    [Fact]
    public void A_circle_between_folders_is_found_with_the_files_that_make_it()
    {
        var folder = Directory.CreateTempSubdirectory("layout-").FullName;
        try
        {
            Write(folder, "Alpha/A.cs", "using Dashboard.Data.Beta;\nnamespace Dashboard.Data.Alpha;");
            Write(folder, "Beta/B.cs", "namespace Dashboard.Data.Beta;\n// uses Dashboard.Data.Alpha.Thing by its full name");
            Write(folder, "Gamma/C.cs", "using Dashboard.Data.Alpha;\nnamespace Dashboard.Data.Gamma;");
            Write(folder, "Delta/D.cs", "namespace Dashboard.Data.Delta;\nclass D { Epsilon.Thing? thing; }");
            Write(folder, "Epsilon/E.cs", "namespace Dashboard.Data.Epsilon;\nclass Thing { Delta.D? d; }");

            var dependencies = FolderDependencies.Of(folder, "Dashboard.Data");

            Assert.Equal([["Alpha", "Beta"], ["Delta", "Epsilon"]], dependencies.Cycles().Select(c => c.ToList()).OrderBy(c => c[0]));
            Assert.Equal(["Beta/B.cs"], dependencies.Files("Beta", "Alpha"));
            Assert.Equal(["Delta/D.cs"], dependencies.Files("Delta", "Epsilon"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Describe(FolderDependencies project, IReadOnlySet<string> cycle) =>
        $"{string.Join(" ↔ ", cycle)}: " + string.Join("; ", cycle.SelectMany(folder => cycle.Where(other => other != folder)
            .Where(other => project.Files(folder, other).Count > 0)
            .Select(other => $"{folder} → {other} in {string.Join(", ", project.Files(folder, other).Take(3))}")));
}
