using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;

namespace Dashboard.Tests.Figures;

/// <summary>
/// Writes docs/indicatoren.md from the catalogue: the rules that hold for every figure (written here by hand), then per
/// figure its texts from IndicatorTexts.resx and its rules from its entry, in words. <see cref="IndicatorReferenceTests"/>
/// keeps the committed file equal to what this gives.
/// </summary>
public static class IndicatorReference
{
    public const string RewriteVariable = "IMPACT_WRITE_DOCS";

    public static string Path => System.IO.Path.Combine(TestSupport.Repository.Root, "docs", "indicatoren.md");

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append(Introduction);
        text.Append(Overview());
        text.Append(RulesForEveryFigure);
        foreach (var (theme, title, source) in Themes)
        {
            text.Append($"\n## {title}\n\n{source}\n");
            foreach (var indicator in IndicatorCatalogue.All.Where(i => i.Theme == theme))
            {
                text.Append(Entry(indicator));
            }
        }
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static readonly (IndicatorTheme Theme, string Title, string Source)[] Themes =
    [
        (IndicatorTheme.People, "Mensen", "Uit trajecten, certificaten en nametingen; zie [nameting.md](nameting.md) voor de nametingen."),
        (IndicatorTheme.Money, "Geld", "Uit verkopen."),
        (IndicatorTheme.Environment, "Milieu", "Uit verkopen."),
        (IndicatorTheme.SocialValue, "Maatschappelijke waarde",
            "Uit de uitkomsten hierboven met de prijzen van de waardekaart, en uit de investeringen; zie [maatschappelijke-waarde.md](maatschappelijke-waarde.md) voor de waardekaart, de berekening en de voorbeeldkaart."),
    ];

    private const string Introduction =
        $"""
        # Indicatoren

        <!-- Gemaakt uit de catalogus (Dashboard.Data/Figures/IndicatorCatalogue.cs en IndicatorTexts.resx) door
             Dashboard.Tests/Figures/IndicatorReference.cs. Niet met de hand bewerken: pas de catalogus of de generator aan
             en maak dit bestand opnieuw met
             {RewriteVariable}=1 dotnet test --filter FullyQualifiedName~IndicatorReferenceTests -->

        Elk cijfer dat ImpactDashboard toont, exporteert of op de opdrachtregel geeft, is een van de indicatoren hieronder:
        P1–P15 over mensen, E1–E3 over geld, M1–M3 over het milieu en W1–W4, W3L en W3H over de maatschappelijke waarde.
        Per indicator staan hier de code, de naam, de eenheid,
        de richting, de definitie zoals pagina's en exports die tonen, hoe hij berekend wordt en wat er gebeurt als er
        niets is om door te delen, hoe de afscherming van kleine aantallen hem behandelt, waar hij geldt en hoe
        streefwaarden hem behandelen. Eerst de regels die voor elk cijfer gelden.

        """;

    private static string Overview()
    {
        var text = new StringBuilder("\n## Overzicht\n\n| code | naam | Engelse naam | eenheid | richting |\n| --- | --- | --- | --- | --- |\n");
        foreach (var indicator in IndicatorCatalogue.All)
        {
            text.Append($"| [{indicator.Code}](#{Anchor(indicator)}) | {indicator.Name(culture: Language.Dutch)} | {indicator.Name(culture: Language.English)} | {indicator.Unit(culture: Language.Dutch)} | {Words(indicator.Direction)} |\n");
        }
        return text.ToString();
    }

    private const string RulesForEveryFigure =
        """

        ## Regels voor elk cijfer

        ### Filter, periode en uitsplitsing
        - Elk cijfer wordt berekend voor een **filter**: een periode van *van* tot en met *tot* (beide dagen tellen mee;
          keuzes maand, kwartaal, jaar, lopend jaar of een eigen periode) en eventueel organisaties, winkels, soorten
          praktijk, praktijken, doelgroepen, leeftijdsgroepen, trajectsoorten en regelingen, elk met een of meer waarden.
          Een periode ligt tussen 1 januari 1900 en 31 december 2199 en duurt hoogstens 50 jaar.
        - De **standaardperiode** is het lopende jaar tot en met de laatste dag met gegevens (tot en met vandaag als er geen
          gegevens zijn of de laatste na vandaag ligt), zodat een pagina nooit leeg opent.
        - Een traject is **actief** in de periode als start ≤ tot en het geen einde heeft of einde ≥ van.
          **Overlapdagen** = min(einde of tot, tot) − max(start, van) + 1.
        - Een cijfer kan worden **uitgesplitst** naar organisatie, winkel, praktijk, soort praktijk, doelgroep,
          leeftijdsgroep, traject, regeling, uitstroom, soort certificaat, maand, kwartaal of jaar, en de maatschappelijke
          waarde ook naar belanghebbende, waarderegel en financier. Elke groep binnen het
          filter krijgt een rij, ook met 0. Een deelnemer of certificaat zonder waarde voor een deelnemerskenmerk valt in
          de groep `onbekend` (die er alleen staat als er iets in valt). Maanden, kwartalen en jaren worden afgekapt op de
          periode.
        - Een certificaat krijgt de deelnemerskenmerken van het traject van de deelnemer bij dezelfde winkel en praktijk
          dat op de datum van het certificaat liep (anders het laatste dat daarvoor begon). Een certificaat zonder zo'n
          traject telt alleen als er niet op deelnemerskenmerken wordt gefilterd.

        ### Geen gegevens en n.v.t.
        - **geen gegevens**: een verhouding of gemiddelde waarvan de noemer 0 is — nooit 0 en nooit een fout. Een telling
          of som zonder gegevens is gewoon 0.
        - **n.v.t.** (niet van toepassing): het cijfer bestaat niet voor dit filter of deze uitsplitsing. Verkopen hebben
          geen deelnemerskenmerken, dus onder een filter of uitsplitsing op doelgroep, leeftijdsgroep, traject of regeling
          zijn de cijfers over geld en milieu n.v.t. Onder een uitsplitsing naar uitstroom hebben alleen de cijfers over
          geëindigde trajecten een waarde, onder een uitsplitsing naar soort certificaat alleen P9, onder een uitsplitsing
          naar belanghebbende of waarderegel alleen W1 en W4, en naar financier alleen W2. Per indicator staat
          hieronder bij *Geldt* waar hij n.v.t. is.
        - Bij elk cijfer kan de gebruiker zien hoe het gemaakt is (*hoe berekend?*): de definitie, het filter in woorden,
          de instellingen die het gebruikte en het aantal bronregels.

        ### Afscherming

        - Kleine aantallen worden afgeschermd voor iedereen behalve een beheerder en de directie van de eigen organisatie,
          en in **elke export via de website**, wie die ook maakt: geëxporteerde cijfers worden gepubliceerd. Alleen de
          opdrachtregel kan met `--exact` exacte cijfers geven; zonder `--exact` geeft hij wat een afgeschermde kijker ziet.
        - De drempel **k** is een instelling (standaard 5, van 2 tot en met 20). Afgeschermd wordt een waarde van 1 tot en
          met k−1; 0 blijft 0. Per indicator staat hieronder waar de drempel naar kijkt: de telling zelf, de teller of
          noemer van een percentage, of het aantal deelnemers dat bijdraagt aan een som of gemiddelde.
        - Een cijfer dat berekend is uit een afgeschermd cijfer, is ook afgeschermd (per indicator: *ook afgeschermd als …*).
          Net zo een waarde omgerekend per deelnemer of per deelnemersuur als P1 of P8 afgeschermd is, en een verandering
          of vergelijking waarin een afgeschermde waarde zit.
        - Bij een uitsplitsing van een telling of som waarvan de groepen (in de praktijk) optellen tot het totaal — ook
          deelnemers en deelnemersuren —: is precies één groep afgeschermd,
          dan ook de kleinste andere groep boven 0 (bij gelijke stand de eerste in de volgorde van de tabel), zodat de
          afgeschermde groep niet uit het totaal kan worden teruggerekend — of dat totaal nu in beeld is of niet.
        - Een telling die zelf klein is, staat er als `<5` (met de ingestelde k); elk ander afgeschermd cijfer — ook een
          telling van k of meer die alleen verborgen is om een andere te beschermen — als "afgeschermd", in een grafiek
          als gemarkeerd gat. Een zin in een factsheet noemt nooit een afgeschermd cijfer.
          Van een cijfer dat afgeschermd kan worden, ziet een afgeschermde kijker ook het aantal bronregels niet.
        - Een afgeschermde kijker ziet tellingen bovendien **licht verschoven** (celsleutels), zodat een afgeschermd aantal
          niet terug te rekenen is als een totaal min de zichtbare groepen, of als het verschil tussen twee filters die
          weinig verschillen. Elk traject, certificaat en elke deelnemer heeft een willekeurige sleutel van 0 t/m 255; de
          celsleutel van een telling is de som van de sleutels van precies de getelde records, modulo 256, en de
          telling verschuift met (celsleutel mod 5) − 2, dus −2 t/m +2, maar nooit onder k; 0 blijft 0. Dezelfde records
          geven zo op elke pagina, in elke export en op elke dag dezelfde waarde. Een percentage wordt berekend uit de
          verschoven teller (hoogstens de noemer) en de verschoven noemer, elk een cel van de eigen records; deelnemersuren
          verschuiven met −5 t/m +5 % en worden afgerond op 10 uur (nooit 0 als er uren zijn), en wat eruit berekend wordt
          (fte, omzet per uur) volgt. Een gemiddelde (P10, P11) wordt afgerond op één decimaal: met al zijn cijfers
          verraadt het over hoeveel trajecten het gaat. De groepen van een uitsplitsing worden elk apart verschoven en tellen dus niet altijd precies op tot het
          totaal. Per indicator staat hieronder bij *Afscherming* hoe hij verschuift. Zie ook
          [privacy-en-toegang.md](privacy-en-toegang.md#afwijkingen-tegen-aftrekken).

        ### Omrekenen per deelnemer, per 1.000 deelnemersuren of per m²
        - Bij het vergelijken van winkels kunnen tellingen en sommen (per indicator: *omrekenen*) worden gedeeld door de
          actieve deelnemers (P1), door de deelnemersuren (P8, maal 1.000) of door het vloeroppervlak van de winkel in m².
          Percentages, gemiddelden en verhoudingen worden niet omgerekend.
        - Is de deler afgeschermd, dan is de omgerekende waarde dat ook; is de deler 0 of onbekend (geen vloeroppervlak),
          dan is het "geen gegevens".
        - Een omgerekende waarde staat er met drie significante cijfers (0,00483 leest niet als 0); in Excel met drie
          decimalen meer dan het cijfer zelf.

        ### Vergelijken
        - Elk cijfer wordt vergeleken met de **vorige periode** en met **dezelfde periode een jaar eerder**. De vorige
          periode van een kalendermaand, -kwartaal of -jaar is de vorige maand, het vorige kwartaal of jaar; van een andere
          periode evenveel dagen direct ervoor. Een jaar eerder is 29 februari 28 februari.
        - Een verandering staat er absoluut en in procenten; bij een percentage absoluut in **procentpunten**. Een
          verandering in procenten vanaf 0 bestaat niet: op het scherm staat dan de absolute verandering, in een export
          n.v.t. Met een afgeschermde, ontbrekende of n.v.t.-waarde aan een van beide kanten krijgt de verandering die status.
        - **Winkels vergelijken**: één indicator over de winkels binnen het filter, eventueel alleen hun praktijken van één
          soort; de beste eerst (volgens de richting van de indicator), afgeschermde en ontbrekende waarden daarna (nooit
          als 0), met de mediaan van de getoonde winkels als lijn.

        ### Streefwaarden
        - Een streefwaarde geldt voor één jaar en één indicator, voor een organisatie als geheel of voor één praktijk. Ze
          is niet negatief, een percentage ligt tussen 0 en 100.
        - Een weergave toont het bereik als haar bereik past: een weergave van één organisatie (en niets nauwer) gebruikt
          de streefwaarde van de organisatie; een weergave van precies één praktijk die van de praktijk; een weergave van
          meerdere praktijken de som van hun streefwaarden als die optellen (per indicator: *streefwaarde*) en elke praktijk
          er een heeft. Onder een filter op deelnemerskenmerken geldt geen streefwaarde: die is voor iedereen die een
          praktijk bedient.
        - Het bereik staat er voor een kalenderjaar en voor het lopende jaar (van 1 januari tot een dag in hetzelfde jaar),
          waarbij tellingen en sommen naar rato van de verstreken dagen gaan; voor een andere periode niet.
        - Bereik = werkelijk / streefwaarde × 100, behaald vanaf 100%. Waar lager beter is: streefwaarde / werkelijk × 100,
          en "behaald" zodra het werkelijke cijfer niet hoger is dan de streefwaarde — ook bij 0, waar geen percentage
          bestaat. Geen bereik bij een streefwaarde van 0 (behalve als lager beter is en het cijfer ook 0 is), bij geen
          gegevens of n.v.t.; een afgeschermd cijfer schermt ook het bereik af.

        """;

    private static string Entry(Indicator indicator)
    {
        var text = new StringBuilder();
        text.Append($"\n### {indicator.Code} — {indicator.Name(culture: Language.Dutch)}\n\n");
        text.Append($"{indicator.Definition(culture: Language.Dutch)}\n\n");
        text.Append($"- **Eenheid**: {indicator.Unit(culture: Language.Dutch)} · **soort**: {Words(indicator.Kind)} · **richting**: {Words(indicator.Direction)}\n");
        text.Append($"- **Berekening**: {indicator.Calculation(Language.Dutch)}\n");
        text.Append($"- **Geldt**: {Sentence([Words(indicator.Subject)])}\n");
        text.Append($"- **Afscherming**: {Protection(indicator)}\n");
        text.Append($"- **Streefwaarde**: {Target(indicator)}\n");
        text.Append($"- **Weergave**: {Display(indicator)}\n");
        if (indicator.SettingsUsed.Count > 0)
        {
            text.Append($"- **Instellingen**: {string.Join("; ", indicator.SettingsUsed.Select(Words))}\n");
        }
        return text.ToString();
    }

    private static string Protection(Indicator indicator)
    {
        var derived = indicator.DerivedFrom.Count == 0 ? "" : $"afgeschermd als {Or(indicator.DerivedFrom.Select(c => c.ToString()).ToList())} afgeschermd is";
        var parts = new List<string>
        {
            indicator.SmallCells switch
            {
                SmallCellRule.None => indicator.DerivedFrom.Count == 0 ? "niet afgeschermd: verkopen gaan niet over personen" : "alleen " + derived,
                SmallCellRule.Count => "afgeschermd als de telling 1 t/m k−1 is",
                SmallCellRule.NumeratorOrDenominator => "afgeschermd als de teller of de noemer 1 t/m k−1 is",
                SmallCellRule.Contributors => "afgeschermd als 1 t/m k−1 deelnemers eraan bijdragen",
                SmallCellRule.PricedOutcomes => "afgeschermd als de hoeveelheid van een waarderegel die het waardeert een afgeschermd cijfer over mensen is "
                    + "(P4, P5, P8 of P9 van de groep, voor een regel met soorten over de praktijken van die soorten); euro's uit verkopen nooit",
            },
        };
        if (indicator.DerivedFrom.Count > 0 && indicator.SmallCells != SmallCellRule.None)
        {
            parts.Add("ook " + derived);
        }
        if (indicator.GroupsAddUp)
        {
            parts.Add("de groepen van een uitsplitsing tellen op, dus is er precies één afgeschermd, dan ook de kleinste andere boven 0");
        }
        if (indicator.IsProtected)
        {
            parts.Add($"afgeschermd staat er {(indicator.Kind == IndicatorKind.Count ? "`<k`" : "\"afgeschermd\"")}");
        }
        parts.Add(indicator.Perturbation switch
        {
            PerturbationRule.None => "niet verschoven",
            PerturbationRule.Rounded => "voor een afgeschermde kijker afgerond op één decimaal, zodat het aantal waarover het gemiddelde gaat niet terug te rekenen is",
            PerturbationRule.Count => "voor een afgeschermde kijker verschoven met −2 t/m +2 door de celsleutel van de getelde records, nooit onder k",
            PerturbationRule.Rate => "voor een afgeschermde kijker berekend uit de verschoven teller (hoogstens de noemer) en de verschoven noemer",
            PerturbationRule.Hours => "voor een afgeschermde kijker verschoven met −5 t/m +5 % door de celsleutel van de trajecten, afgerond op 10 uur",
            PerturbationRule.FromPerturbed when indicator.DerivedFrom.Count == 0 =>
                "voor een afgeschermde kijker berekend uit de verschoven hoeveelheden van de waarderegels",
            PerturbationRule.FromPerturbed => "voor een afgeschermde kijker berekend uit de verschoven "
                + Or(indicator.DerivedFrom.Select(c => c.ToString()).ToList()),
        });
        return Sentence(parts);
    }

    private static string Target(Indicator indicator)
    {
        var text = indicator.TargetRule switch
        {
            TargetRule.None when indicator.Direction == Direction.Neutral => "geen: meer of minder is hier niet beter of slechter",
            TargetRule.None => "geen: een bruto waarde of een grens van de bandbreedte is geen doel op zich",
            TargetRule.Level => "geldt voor het jaar en ook voor een deel ervan (niet naar rato); de streefwaarden van meerdere praktijken tellen niet op",
            TargetRule.LevelAddingUp => "de streefwaarden van meerdere praktijken tellen op; de streefwaarde van het jaar geldt ook voor een deel ervan (niet naar rato)",
            TargetRule.Amount => "in het lopende jaar naar rato van de verstreken dagen; de streefwaarden van meerdere praktijken tellen op",
        };
        if (indicator.Kind == IndicatorKind.Rate)
        {
            text += "; tussen 0 en 100";
        }
        if (indicator.Direction == Direction.LowerIsBetter)
        {
            text += "; bereik = streefwaarde / werkelijk × 100, en \"behaald\" bij 0";
        }
        return Sentence([text]);
    }

    private static string Display(Indicator indicator)
    {
        var screen = indicator.Notation switch
        {
            Notation.Number => $"op het scherm {Decimals(indicator.Decimals)}",
            Notation.Percent => $"op het scherm {Decimals(indicator.Decimals)} en %",
            Notation.Euro => $"op het scherm {Decimals(indicator.Decimals)}, met € ervoor",
        };
        var change = indicator.ChangesInPercentagePoints
            ? $"een verandering in procentpunten {Decimals(indicator.ChangeDecimals)}"
            : $"een verandering in hele procenten (vanaf 0 absoluut, {Decimals(indicator.ChangeDecimals)})";
        var normalised = indicator.CanBeNormalised ? "om te rekenen per deelnemer, per 1.000 deelnemersuren en per m²" : "niet om te rekenen";
        return Sentence([screen, $"in Excel {Decimals(indicator.ExcelDecimals)}", change, normalised]);
    }

    private static string Words(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "hoger is beter",
        Direction.LowerIsBetter => "lager is beter",
        Direction.Neutral => "neutraal",
    };

    private static string Words(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => "telling",
        IndicatorKind.Rate => "percentage",
        IndicatorKind.Sum => "som",
        IndicatorKind.Mean => "gemiddelde",
        IndicatorKind.SalesSum => "som uit verkopen",
        IndicatorKind.SalesRatio => "verhouding uit verkopen",
        IndicatorKind.ValueSum => "som in euro's",
        IndicatorKind.Return => "euro's per euro investering",
    };

    private static string Words(FigureSubject subject) => subject switch
    {
        FigureSubject.ActiveTrajectories =>
            "onder elk filter en elke uitsplitsing, behalve een uitsplitsing naar uitstroom, soort certificaat, belanghebbende, waarderegel of financier (daar n.v.t.).",
        FigureSubject.EndedTrajectories =>
            "onder elk filter en elke uitsplitsing, ook naar uitstroom; n.v.t. bij een uitsplitsing naar soort certificaat, belanghebbende, waarderegel of financier.",
        FigureSubject.FollowUps =>
            "onder elk filter en elke uitsplitsing, ook naar uitstroom (de nametingen tellen bij de uitstroom van hun traject); n.v.t. bij een uitsplitsing naar soort certificaat, belanghebbende, waarderegel of financier. Een naar maand, kwartaal of jaar uitgesplitste nameting telt in de groep van haar meetdatum.",
        FigureSubject.Certificates =>
            "onder elk filter en elke uitsplitsing, ook naar soort certificaat; n.v.t. bij een uitsplitsing naar uitstroom, belanghebbende, waarderegel of financier.",
        FigureSubject.Sales =>
            "n.v.t. onder een filter of uitsplitsing op doelgroep, leeftijdsgroep, traject of regeling (verkopen hebben geen deelnemerskenmerken) en bij een uitsplitsing naar uitstroom, soort certificaat, belanghebbende, waarderegel of financier.",
        FigureSubject.SocialValue =>
            "n.v.t. onder een filter of uitsplitsing op doelgroep, leeftijdsgroep, traject of regeling (investeringen en verkopen hebben geen deelnemerskenmerken) en bij een uitsplitsing naar uitstroom, soort certificaat of financier; uit te splitsen naar belanghebbende (zoals eerst gespeld, hoofdletters tellen niet) en naar waarderegel.",
        FigureSubject.Investments =>
            "n.v.t. onder een filter of uitsplitsing op doelgroep, leeftijdsgroep, traject of regeling en bij een uitsplitsing naar uitstroom, soort certificaat, belanghebbende of waarderegel; uit te splitsen naar financier.",
        FigureSubject.SocialReturn =>
            "n.v.t. onder een filter of uitsplitsing op doelgroep, leeftijdsgroep, traject of regeling en bij een uitsplitsing naar uitstroom, soort certificaat, belanghebbende, waarderegel of financier.",
    };

    private static string Words(ExplainedSetting setting) => setting switch
    {
        ExplainedSetting.FteHoursPerWeek => "de fte-uren per week (standaard 36)",
        ExplainedSetting.AverageWeights => "het gemiddelde gewicht per categorie, voor artikelen zonder gewicht",
        ExplainedSetting.Co2Factors => "de CO2-factor per categorie (standaard 1,0 kg CO2-eq per kg)",
        ExplainedSetting.ValueMap => "de waardekaart: per regel de hoeveelheid, de financiële proxy met bron, deadweight, verplaatsing, toerekening, afname en duur, en de disconteringsvoet",
        ExplainedSetting.Investments => "de investeringen per praktijk, jaar en financier, elk naar rato van de dagen van zijn jaar in de periode",
    };

    private static string Decimals(int count) => count switch
    {
        0 => "zonder decimalen",
        1 => "met 1 decimaal",
        _ => $"met {count} decimalen",
    };

    /// <summary>"P4, P5 of P3".</summary>
    private static string Or(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items.Take(items.Count - 1))} of {items[^1]}";

    /// <summary>Parts joined with semicolons, with a capital and a full stop.</summary>
    private static string Sentence(IReadOnlyList<string> parts)
    {
        var text = string.Join("; ", parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
    }

    /// <summary>The heading's anchor as GitHub makes it: "### P4R — % uitstroom …" becomes "p4r---uitstroom-…".</summary>
    private static string Anchor(Indicator indicator)
    {
        var heading = $"{indicator.Code} — {indicator.Name(culture: Language.Dutch)}".ToLowerInvariant();
        var anchor = new StringBuilder();
        foreach (var c in heading)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                anchor.Append(c);
            }
            else if (c == ' ')
            {
                anchor.Append('-');
            }
        }
        return anchor.ToString();
    }
}
