using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Resources;

/// <summary>
/// English on request. The pages: every Dutch text a component asks its localizer for (<c>L["…"]</c>) has an English
/// translation in the resource file of that localizer, so no Dutch sentence is left in the English interface. The core:
/// every text of every resource file in Dashboard.Data (X.resx, Dutch, the source) has an English text in X.en.resx with
/// the same placeholders, and every key the core asks for exists.
/// </summary>
public sealed partial class TranslationsTests
{
    private static readonly string Core = Path.Combine(Repository.Root, "Dashboard.Data");

    private static readonly string Components = Path.Combine(Repository.Root, "Dashboard", "Components");

    public static TheoryData<string> ComponentFiles() => new(Localized());

    private static IEnumerable<string> Localized() =>
        Directory.EnumerateFiles(Components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => Keys(File.ReadAllText(f)).Any())
            .Select(f => Path.GetRelativePath(Components, f))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ComponentFiles))]
    public void Every_text_has_an_English_translation(string file)
    {
        var source = File.ReadAllText(Path.Combine(Components, file));
        var localizer = LocalizerType().Match(source) is { Success: true } match ? match.Groups[1].Value : "Strings";
        var translated = Translations(localizer);

        var missing = Keys(source).Where(key => !translated.Contains(key)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"{file}: no English in {localizer}.en.resx for:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_scan_finds_the_texts_it_checks()
    {
        Assert.Equal(["Exporteren", "{0} praktijken"], Keys("""<span>@L["Exporteren"]</span> @string.Format(L["{0} praktijken"], n)"""));
        Assert.Contains(Path.Combine("Shared", "ExportMenu.razor"), Localized());
    }

    public static TheoryData<string> CoreResourceFiles() => new(
        Directory.EnumerateFiles(Core, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !IsBuildOutput(f))
            .Select(f => Path.GetRelativePath(Core, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CoreResourceFiles))]
    public void Every_core_text_has_an_English_text_with_the_same_placeholders(string file)
    {
        var dutch = Texts(Path.Combine(Core, file));
        var english = Texts(Path.Combine(Core, Path.ChangeExtension(file, ".en.resx")));

        Assert.NotEmpty(dutch);
        Assert.All(dutch, text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"{file}: '{text.Key}' has no Dutch text"));
        Assert.Empty(english.Keys.Except(dutch.Keys));
        var problems = dutch.Keys.Where(key => !english.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            .Select(key => $"{key}: no English")
            .Concat(dutch.Keys.Where(english.ContainsKey).Where(key => !Placeholders(dutch[key]).SetEquals(Placeholders(english[key])))
                .Select(key => $"{key}: placeholders {string.Join(" ", Placeholders(dutch[key]))} in Dutch, {string.Join(" ", Placeholders(english[key]))} in English"))
            .ToList();
        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_import_text_the_code_asks_for_exists()
    {
        var keys = Texts(Path.Combine(Core, "Imports", "ImportTexts.resx")).Keys.ToHashSet();
        var asked = Directory.EnumerateFiles(Path.Combine(Core, "Imports"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ImportKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        Assert.True(asked.Count > 100, $"the scan found only {asked.Count} keys");
        Assert.DoesNotContain(asked, key => !keys.Contains(key) && !keys.Contains(key + ".One"));
        // Counts come in pairs, and every kind has the word for its file.
        Assert.DoesNotContain(keys, k => k.EndsWith(".One", StringComparison.Ordinal) && !keys.Contains(k[..^4] + ".Many"));
        Assert.All(Enum.GetValues<Data.Imports.ImportKind>(), kind => Assert.Contains("FileWord." + Data.Imports.ImportKinds.Name(kind), keys));
    }

    /// <summary>A kind of problem is the Dutch name the report counts it by; the English report names it through its Kind.* entry.</summary>
    [Fact]
    public void Every_kind_of_import_problem_has_an_English_name()
    {
        var named = Texts(Path.Combine(Core, "Imports", "ImportTexts.resx")).Where(t => t.Key.StartsWith("Kind.", StringComparison.Ordinal))
            .Select(t => t.Value).ToHashSet();
        var written = Directory.EnumerateFiles(Path.Combine(Core, "Imports"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => ProblemKind().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat([ImportProblem.OverlapsStoredSales, ImportProblem.AlreadyImported, ImportProblem.StorageFailed, ImportProblem.OutsideScope,
                ImportRefusedException.FileRefused])
            .Distinct().ToList();

        Assert.True(written.Count > 15, $"the scan found only {written.Count} kinds");
        Assert.DoesNotContain(written, kind => !named.Contains(kind));
        Assert.Equal("  2 × column omzet: invalid number", EnglishRemaining());
    }

    private static string EnglishRemaining()
    {
        var report = new ValidationReport(detailLimit: 0, CultureInfo.GetCultureInfo("en"));
        report.Add(new ImportProblem(2, "omzet", "x", "ongeldig getal", "'x' is not a number"));
        report.Add(new ImportProblem(3, "omzet", "y", "ongeldig getal", "'y' is not a number"));
        return report.Lines().Last();
    }

    /// <summary>
    /// Renderers take a culture: no parameter <c>bool english</c> and no <c>english ? "…" : "…"</c> in the web or the
    /// core, so words come from the resources and none is added beside them.
    /// </summary>
    [Fact]
    public void No_code_chooses_its_words_with_a_bool_english()
    {
        var found = Lines(Sources()).Where(line => BoolEnglish().IsMatch(line.Text)).Select(line => line.Where).ToList();

        Assert.True(found.Count == 0, "Take a CultureInfo and read the words from a resource:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// The places that still branch on the language, each for a reason a resource cannot carry: a form problem that
    /// holds both its texts, the command line's CSV dialect, and the language switch itself (the cookie, the page's
    /// lang attribute, an export link's taal=en). A new branch fails here until it is argued.
    /// </summary>
    [Fact]
    public void Only_the_listed_places_branch_on_the_language()
    {
        string[] allowed =
        [
            "Dashboard.Data/Domain/Language.cs",
            "Dashboard.Data/Validation/FieldProblem.cs",
            "Dashboard/Cli/IndicatorsCommand.cs",
            "Dashboard/Hosting/UiCulture.cs",
            "Dashboard/Components/App.razor",
            "Dashboard/Components/Layout/AccountLayout.razor",
            "Dashboard/Components/Layout/MainLayout.razor",
            "Dashboard/Exports/ExportEndpoints.cs",
        ];

        var branching = Lines(Sources()).Where(line => line.Text.Contains("IsEnglish", StringComparison.Ordinal))
            .Select(line => line.File).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Contains("Dashboard/Hosting/UiCulture.cs", branching);
        Assert.True(branching.All(allowed.Contains), "Branches on the language outside the listed places:\n" + string.Join("\n", branching.Except(allowed)));
    }

    [Fact]
    public void The_scan_for_bool_english_finds_one()
    {
        Assert.Matches(BoolEnglish(), "public static string Label(this Role role, bool english) => english ? \"Board\" : \"Bestuur\";");
        Assert.Matches(BoolEnglish(), "var title = english ? \"Figures\" : \"Cijfers\";");
        Assert.DoesNotMatch(BoolEnglish(), "public static string Label(this Role role, CultureInfo culture) => AdministrationTexts.Get(key, culture);");
    }

    /// <summary>Every role, audit action and breakdown reads in both languages, from the resources.</summary>
    [Fact]
    public void Every_role_action_and_dimension_has_its_words()
    {
        foreach (var culture in new[] { Language.Dutch, Language.English })
        {
            Assert.All(Roles.All, role => Assert.False(string.IsNullOrWhiteSpace(role.Label(culture))));
            Assert.All(Enum.GetValues<AuditAction>(), action => Assert.False(string.IsNullOrWhiteSpace(action.Label(culture))));
            Assert.All(Enum.GetValues<Dimension>(), dimension => Assert.False(string.IsNullOrWhiteSpace(FigureTexts.Get($"Dimension.{dimension}", culture))));
        }
        Assert.Equal(["Beheerder", "Directie", "Bestuur", "Communicatie"], Roles.All.Select(r => r.Label(Language.Dutch)));
        Assert.Equal(["Administrator", "Director", "Board", "Communications"], Roles.All.Select(r => r.Label(Language.English)));
    }

    /// <summary>The C# and Razor sources of the web and the core, as paths relative to the repository.</summary>
    private static IEnumerable<string> Sources() =>
        new[] { "Dashboard", "Dashboard.Data" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Repository.Root, project), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !IsBuildOutput(f))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace(Path.DirectorySeparatorChar, '/'));

    private static IEnumerable<(string File, string Where, string Text)> Lines(IEnumerable<string> files) =>
        files.SelectMany(file => File.ReadLines(Path.Combine(Repository.Root, file)).Select((text, i) => (file, $"{file}:{i + 1}: {text.Trim()}", text)));

    [GeneratedRegex(@"\bbool\s+english\b|\benglish\s*\?")]
    private static partial Regex BoolEnglish();

    [Fact]
    public void A_placeholder_is_its_number_and_format()
    {
        Assert.Equal(["{0:N0}", "{1}"], Placeholders("Rij {0:N0} heeft {1} velden; {0:N0} is de grens").Order());
    }

    private static Dictionary<string, string> Texts(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}");

    /// <summary>The kind in a problem written by a row (row.Problem(column, value, "kind") or a report (new ImportProblem(row, column, value, "kind").</summary>
    [GeneratedRegex(@"(?:\bProblem\([^,()]+,\s*[^,()]+,\s*|new ImportProblem\([^,()]+,\s*[^,()]+,\s*[^,()]+,\s*)""([^""]+)""")]
    private static partial Regex ProblemKind();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>A key handed to ImportTexts, ImportText, a row's or the context's Message, or a count.</summary>
    [GeneratedRegex(@"(?:ImportTexts\.(?:Get|Format|Count)\(|new ImportText\(|ImportText\.Count\(|\bnew\(|Message\()""(?!Dashboard\.)([A-Z][A-Za-z]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex ImportKey();

    private static IEnumerable<string> Keys(string source) =>
        Key().Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value));

    private static HashSet<string> Translations(string localizer)
    {
        var resx = Directory.EnumerateFiles(Path.Combine(Repository.Root, "Dashboard"), $"{localizer}.en.resx", SearchOption.AllDirectories)
            .Single(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        return XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace((string?)d.Element("value")))
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
    }

    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex Key();

    [GeneratedRegex(@"IStringLocalizer<(\w+)>\s+L\b")]
    private static partial Regex LocalizerType();
}
