using Dashboard.Data.Figures;
using Dashboard.Data.Stories;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// One fictional story each for a few practices of the demo sector, by path (WINKEL/PRAKTIJK), so that Goede praktijk shows
/// what a story looks like (docs/verhalen.md). The names are invented first names; the consent dates lie before the demo's last day.
/// </summary>
public static class DemoStories
{
    public static IReadOnlyDictionary<string, StoryDraft> ByPath { get; } = new Dictionary<string, StoryDraft>
    {
        ["EHV/REST"] = Story(
            "Van afwassen naar de kassa: Samira",
            "Samira kwam bij Restaurant Het Vervolg binnen na jaren thuis voor haar kinderen te hebben gezorgd. Ze begon in de afwas, "
            + "twee ochtenden in de week. Na een half jaar stond ze achter de kassa en werkte ze vier dagen. Met het certificaat "
            + "Basis horeca op zak vond ze een baan in de keuken van een zorgcentrum in de buurt.",
            "Ik dacht dat ik niets kon. Nu leer ik zelf nieuwe collega's in.",
            new DateOnly(2025, 10, 14), new DateOnly(2025, 9, 30), IndicatorCode.P4R, IndicatorCode.P9, IndicatorCode.P13),
        ["UTO/FIETS"] = Story(
            "Kees repareert weer",
            "Kees was monteur tot zijn rug het niet meer hield. In de fietsenmakerij vond hij een tempo dat bij hem past. "
            + "Hij leidt nu twee nieuwe deelnemers op en werkt sinds de zomer betaald, twintig uur in de week.",
            null, new DateOnly(2025, 8, 20), new DateOnly(2025, 8, 1), IndicatorCode.P4R),
        ["ZWL/ATELIER"] = Story(
            "Een eigen naaimachine voor Noor",
            "Noor wilde na haar inburgering vooral Nederlands leren in een echte werkplek. In het atelier leerde ze kleding "
            + "herstellen en vertelde ze klanten wat ze had gemaakt. Ze volgt nu een opleiding tot modemaker.",
            "Hier mocht ik fouten maken.", new DateOnly(2025, 6, 5), new DateOnly(2025, 5, 20), IndicatorCode.P5, IndicatorCode.P6R),
    };

    private static StoryDraft Story(string title, string text, string? quote, DateOnly date, DateOnly consent, params IndicatorCode[] outcomes) =>
        new(0) { Title = title, Text = text, Quote = quote, Date = date, ConsentDate = consent, Outcomes = outcomes };
}
