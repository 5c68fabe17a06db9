using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Resources;

/// <summary>
/// English on request: every Dutch text a component asks its localizer for (<c>L["…"]</c>) has an English
/// translation in the resource file of that localizer, so no Dutch sentence is left in the English interface.
/// </summary>
public sealed partial class TranslationsTests
{
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
