using System.Xml.Linq;
using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Administration.Audit;

/// <summary>
/// The wordings the action services write: each key once, each template in English too with the same places, and the
/// stored action keys written out, so renaming a member never changes what is stored.
/// </summary>
public sealed class AuditWordingsTests
{
    private static readonly Dictionary<string, string> English =
        XDocument.Load(Path.Combine(Repository.Root, "Dashboard", "Resources", "AuditTexts.en.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    public static TheoryData<string> Keys() => new(AuditWordings.All.Select(w => w.Key));

    [Fact]
    public void Every_wording_has_a_key_of_its_own()
    {
        Assert.Equal(AuditWordings.All.Count, AuditWordings.All.Select(w => w.Key).Distinct().Count());
        Assert.All(AuditWordings.All, w => Assert.Same(w, AuditWordings.Find(w.Key)));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_template_has_English_with_the_same_places(string key)
    {
        var wording = AuditWordings.Find(key)!;
        foreach (var template in new[] { wording.Subject, wording.Outcome })
        {
            Assert.True(English.TryGetValue(template, out var english), $"no English in AuditTexts.en.resx for '{template}'");
            Assert.Equal(AuditWording.Places(template).Order(), AuditWording.Places(english!).Order());
        }
    }

    [Fact]
    public void A_line_fills_its_places_once_and_keeps_a_brace_in_a_value_as_it_is()
    {
        var line = new AuditLine(AuditWordings.Imported, ("kind", "verkopen"), ("file", "{file}.csv"), ("batch", 12), ("rows", 1500), ("summary", "2 winkels"));

        Assert.Equal("verkopen · {file}.csv", line.Subject);
        Assert.Equal("gelukt: import 12, 1500 rijen — 2 winkels", line.Outcome);
    }

    [Fact]
    public void The_stored_action_keys_are_the_ones_stored_before_they_were_written_out()
    {
        Assert.Equal(
            ["aanmelden", "aanmeldenmislukt", "afmelden", "wachtwoordgewijzigd", "import", "importongedaan", "export", "instellingen",
             "streefwaarden", "veranderingstheorie", "demodata", "gebruiker", "reservekopie", "herstel", "wissen", "sector", "verhalen", "delen"],
            Enum.GetValues<AuditAction>().Select(a => a.Key()));
        Assert.All(Enum.GetValues<AuditAction>(), a => Assert.Equal(a, AuditActions.Parse(a.Key())));
    }
}
