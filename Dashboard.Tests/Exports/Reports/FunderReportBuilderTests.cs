using System.Globalization;
using Dashboard.Data.Annotations;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Reports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>Funder reports of the imported demo sector: every chapter, what they state and what they must not.</summary>
public sealed class FunderReportBuilderTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private static readonly DateOnly MadeOn = DemoReports.MadeOn;

    private readonly DemoReports _reports = new(demo);

    private IndicatorService Indicators => _reports.Indicators;

    private IReadOnlyList<PracticeInfo> Practices => _reports.Practices;

    private FunderReportBuilder Builder => _reports.Builder;

    private IndicatorFilter Restaurant(Period period) => _reports.Restaurant(period);

    private Figure Protected(IndicatorFilter filter, IndicatorCode code) => Indicators.Calculate(filter, null, ViewerProfile.Protected).Total[code];

    private static IReadOnlyList<string> Headings(FunderReport report, int level) =>
        report.Blocks.OfType<ReportHeading>().Where(h => h.Level == level).Select(h => h.Text).ToList();

    [Fact]
    public void The_report_of_Restaurant_Het_Vervolg_has_every_chapter_in_order_and_the_appendix_on_a_new_page()
    {
        var report = Builder.ForPractice(Restaurant(Period.Year(2025)), Language.Dutch, MadeOn);

        var cover = Assert.IsType<ReportCover>(report.Blocks[0]);
        Assert.Equal(("Impactrapportage", "Restaurant Het Vervolg"), (cover.Kicker, cover.Title));
        Assert.Equal("De Kringwinkel Eindhoven · De Kringwinkel Zuidoost · Horeca", cover.Subtitle);
        Assert.Equal(["Periode: 2025", "Gegevens tot en met 31 oktober 2026", "Gemaakt op 15 november 2026 met ImpactDashboard, uit de eigen gegevens van de organisatie",
            "Kleine aantallen zijn afgeschermd: waar te weinig mensen meetellen, staat geen cijfer"], cover.Lines);
        Assert.Equal(["Samenvatting", "Impactdoel en veranderingstheorie", "Kerncijfers", "Ontwikkeling", "Maatschappelijke waarde", "Positie in de sector",
            "Verhalen", "Bijlage: verantwoording"], Headings(report, 1));
        var appendix = report.Blocks.ToList().FindIndex(b => b is ReportHeading { Level: 1, Text: "Bijlage: verantwoording" });
        Assert.IsType<ReportPageBreak>(report.Blocks[appendix - 1]);
        Assert.Single(report.Blocks.OfType<ReportPageBreak>());
        Assert.Equal("Impactrapportage Restaurant Het Vervolg · 2025", report.Title);
        Assert.Equal(["Definities", "Aannames en instellingen", "Bron en gegevens"], Headings(report, 2).SkipWhile(h => h != "Definities"));
    }

    [Fact]
    public void Its_key_figures_are_the_protected_figures_with_outflow_to_paid_work_beside_lasting_work()
    {
        var filter = Restaurant(Period.Year(2025));

        var report = Builder.ForPractice(filter, Language.Dutch, MadeOn);

        var table = report.Blocks.OfType<ReportTable>().First(t => t.Header[0] == "Indicator" && t.Header.Count == 4);
        Assert.Equal(["Indicator", "Waarde", "Verandering t.o.v. 2024", "Streefwaarde"], table.Header);
        string Name(IndicatorCode code) => IndicatorCatalogue.Get(code).Name(Language.Dutch);
        Assert.Equal(ImpactQuestions.RightThings.Prepend(IndicatorCode.P1).Select(Name), table.Rows.Select(r => r[0]));
        Assert.All(table.Rows, row =>
        {
            var code = IndicatorCatalogue.All.Single(i => i.Name(Language.Dutch) == row[0]).Code;
            Assert.Equal(FigureFormat.Value(Protected(filter, code), 5, Language.Dutch), row[1]);
        });
        var rows = table.Rows.Select(r => r[0]).ToList();
        Assert.Equal(rows.IndexOf(Name(IndicatorCode.P4R)) + 1, rows.IndexOf(Name(IndicatorCode.P13)));
        Assert.Equal(new[] { true, true, true }, table.Numeric.Skip(1));
    }

    [Fact]
    public void A_figure_that_is_nothing_this_year_and_last_is_left_out_but_a_hidden_one_is_reported_as_hidden()
    {
        var filter = Restaurant(Period.Year(2025));
        Assert.Equal(0m, Protected(filter, IndicatorCode.M2).Value);
        Assert.Equal(FigureStatus.Hidden, Protected(filter, IndicatorCode.P13).Status);

        var lines = ReportText.Lines(Builder.ForPractice(filter, Language.Dutch, MadeOn));

        Assert.DoesNotContain(lines, l => l.StartsWith(IndicatorCatalogue.Get(IndicatorCode.M2).Name(Language.Dutch) + " |", StringComparison.Ordinal));
        Assert.Contains($"{IndicatorCatalogue.Get(IndicatorCode.P13).Name(Language.Dutch)} | afgeschermd | afgeschermd | —", lines);
    }

    [Fact]
    public void No_figure_hidden_from_a_protected_viewer_is_stated_anywhere_in_the_report()
    {
        var filter = Restaurant(Period.Year(2025));
        var exact = Indicators.Calculate(filter, null, ViewerProfile.Exact).Total;
        // A hidden count of 1…4 is a digit found anywhere; the rates and sums it hides are what could be read back.
        var hidden = IndicatorCatalogue.All.Select(i => i.Code)
            .Where(c => Protected(filter, c).Status == FigureStatus.Hidden && exact[c].HasValue && FigureFormat.Number(c, exact[c].Value!.Value, Language.Dutch).Length >= 4)
            .ToList();
        Assert.Superset(new HashSet<IndicatorCode> { IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.P15, IndicatorCode.W1, IndicatorCode.W3 }, hidden.ToHashSet());

        var report = Builder.ForPractice(filter, Language.Dutch, MadeOn);
        var text = ReportText.Of(report);

        Assert.All(hidden, code => Assert.DoesNotContain(FigureFormat.Number(code, exact[code].Value!.Value, Language.Dutch), text, StringComparison.Ordinal));
        Assert.Contains("Het rendement per geïnvesteerde euro staat hier niet: afgeschermd.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("duurzaam", string.Join("\n", ReportText.Lines(report)
            .SkipWhile(l => l != "# Samenvatting").Skip(1).TakeWhile(l => !l.StartsWith("# ", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_practices_story_is_told_with_its_quote_and_outcomes_and_named_for_the_share_link()
    {
        var practice = Practices.Single(p => p.Path == "EHV/REST");
        var story = new StoryStore(demo.Installation.Database).ForPractices([practice.Id]).Newest.Single();

        var report = Builder.ForPractice(Restaurant(Period.Year(2025)), Language.Dutch, MadeOn);

        Assert.Equal([story.Id], report.StoryIds);
        var lines = ReportText.Lines(report);
        var at = lines.ToList().IndexOf("## " + story.Title);
        Assert.True(at > lines.ToList().IndexOf("# Verhalen"), "the story is in the chapter Verhalen");
        Assert.Equal(story.Text, lines[at + 1]);
        Assert.Equal("[Quote] " + story.Quote, lines[at + 2]);
        Assert.Equal($"[Note] Restaurant Het Vervolg · {story.Date.ToString("MMMM yyyy", Language.Dutch)} · illustreert: " +
            string.Join(", ", story.Outcomes.Select(c => IndicatorCatalogue.Get(c).Name(Language.Dutch))), lines[at + 3]);
    }

    [Fact]
    public void A_report_holds_at_most_three_stories_the_newest_first()
    {
        var practice = Practices.Single(p => p.Path == "EHV/REST");
        var organisation = practice.OrganisationId;
        var stories = new StoryStore(demo.Installation.Database);
        var all = stories.ForPractices(Practices.Where(p => p.OrganisationId == organisation).Select(p => p.Id).ToList());

        var report = Builder.ForOrganisation(organisation, Period.Year(2025), Language.Dutch, MadeOn);

        Assert.Equal(all.Newest.Take(FunderReportBuilder.MostStories).Select(s => s.Id).ToHashSet(), report.StoryIds);
        Assert.InRange(report.StoryIds.Count, 1, FunderReportBuilder.MostStories);
    }

    [Fact]
    public void Charts_are_print_size_pictures_with_their_events_below_them()
    {
        var report = Builder.ForPractice(Restaurant(Period.YearToDate(new DateOnly(2026, 10, 31))), Language.Dutch, MadeOn);

        var pictures = report.Blocks.OfType<ReportPicture>().ToList();
        Assert.Equal(4, pictures.Count);
        Assert.All(pictures, p => Assert.Equal((2480, 1395), (p.WidthPixels, p.HeightPixels)));
        Assert.All(pictures, p => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], p.Png.Take(4)));
        Assert.Equal(["Actieve deelnemers", "Deelnemersuren", "Van instroom naar betaald werk", "Van bruto waarde naar maatschappelijke waarde"],
            pictures.Select(p => p.Description[..p.Description.IndexOf(". ", StringComparison.Ordinal)]));
        var lines = ReportText.Lines(report);
        Assert.Equal(2, lines.Count(l => l == "[Note] Gebeurtenissen: 1 jun 2026: Tweede keuken in gebruik genomen; 1 sep 2026: Samenwerking met UWV gestart."));
        Assert.Equal(2, pictures.Count(p => report.Blocks[report.Blocks.ToList().IndexOf(p) + 1] is ReportParagraph { Tone: ReportTone.Note } note
            && note.Text.StartsWith("Gebeurtenissen: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_example_theory_of_change_is_never_presented_as_the_organisations_own()
    {
        // Every demo practice has its theory stored: read them from an installation that has none, as a new practice would.
        using var none = new TestInstallation();
        var builder = new FunderReportBuilder(Indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(none.Database),
            new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database));
        var practice = Practices.Single(p => p.Path == "EHV/REST");
        var ofPractice = ReportText.Lines(builder.ForPractice(Restaurant(Period.Year(2025)), Language.Dutch, MadeOn));
        var ofOrganisation = ReportText.Lines(builder.ForOrganisation(practice.OrganisationId, Period.Year(2025), Language.Dutch, MadeOn));

        static IReadOnlyList<string> Chapter(IReadOnlyList<string> lines) =>
            lines.SkipWhile(l => l != "# Impactdoel en veranderingstheorie").Skip(1).TakeWhile(l => !l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["[Note] Voor Restaurant Het Vervolg is nog geen veranderingstheorie vastgelegd in ImpactDashboard."], Chapter(ofPractice));
        var names = Practices.Where(p => p.OrganisationId == practice.OrganisationId).Select(p => p.Name);
        Assert.Equal([$"[Note] Nog geen veranderingstheorie vastgelegd voor: {string.Join(", ", names)}."], Chapter(ofOrganisation));
        Assert.DoesNotContain(TheoryOfChangeDefaults.For(practice).ImpactGoal, string.Join("\n", ofPractice), StringComparison.Ordinal);
    }

    [Fact]
    public void A_practices_own_theory_of_change_is_told_in_full_with_its_stakeholders_as_a_table()
    {
        var practice = Practices.Single(p => p.Path == "EHV/REST");
        var theory = new TheoryOfChangeStore(demo.Installation.Database).Get(practice.Id)!;

        var report = Builder.ForPractice(Restaurant(Period.Year(2025)), Language.Dutch, MadeOn);

        var lines = ReportText.Lines(report);
        var chapter = lines.SkipWhile(l => l != "# Impactdoel en veranderingstheorie").Skip(1).TakeWhile(l => !l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Impactdoel", theory.ImpactGoal], chapter.Take(2));
        Assert.Equal(["## Impactdoel", "## Voor wie", "## Wat we doen", "## Wat dat oplevert", "## Wat het verandert voor deelnemers", "## De blijvende verandering",
            "## Belanghebbenden"], chapter.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        var stakeholders = report.Blocks.OfType<ReportTable>().First(t => t.Header is ["Belanghebbende", "Brengt in", "Haalt eruit"]);
        Assert.Equal(theory.Stakeholders.Select(s => (IReadOnlyList<string>)[s.Name, s.Contributes, s.Gains]), stakeholders.Rows);
        Assert.Contains(chapter, l => l.StartsWith("• Wie naar betaald werk uitstroomt, houdt dat werk", StringComparison.Ordinal)
            && l.EndsWith("(gemeten met: % duurzaam werk na 6 maanden, % duurzaam werk na 12 maanden, Respons nameting 6 maanden (%))", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sector_position_is_stated_for_the_organisation_and_its_absence_explained_for_part_of_one()
    {
        var practice = Practices.Single(p => p.Path == "EHV/REST");
        var ofOrganisation = ReportText.Lines(Builder.ForOrganisation(practice.OrganisationId, Period.Year(2025), Language.Dutch, MadeOn));
        var underFilter = ReportText.Lines(Builder.ForPractice(Restaurant(Period.Year(2025)) with { TargetGroups = new HashSet<string> { "nieuwkomer" } },
            Language.Dutch, MadeOn));

        static IReadOnlyList<string> Sector(IReadOnlyList<string> lines) =>
            lines.SkipWhile(l => l != "# Positie in de sector").Skip(1).TakeWhile(l => !l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("Met ", Sector(ofOrganisation)[0], StringComparison.Ordinal);
        Assert.Contains("De Kringwinkel Zuidoost", Sector(ofOrganisation)[0], StringComparison.Ordinal);
        Assert.StartsWith("De sectorvergelijking zet een organisatie", Assert.Single(Sector(underFilter)), StringComparison.Ordinal);
        Assert.Contains("De maatschappelijke waarde gaat over alle deelnemers", string.Join("\n", underFilter), StringComparison.Ordinal);
    }

    [Fact]
    public void The_organisations_report_in_English_is_English_throughout()
    {
        var practice = Practices.Single(p => p.Path == "EHV/REST");

        var report = Builder.ForOrganisation(practice.OrganisationId, Period.Year(2025), Language.English, MadeOn);

        Assert.Equal(["Summary", "Impact goal and theory of change", "Key figures", "Development", "Social value", "Position in the sector", "Stories",
            "Appendix: method"], Headings(report, 1));
        Assert.Equal("Impact report De Kringwinkel Zuidoost · 2025", report.Title);
        var text = ReportText.Of(report);
        foreach (var dutch in new[] { "Samenvatting", "Kerncijfers", "afgeschermd", "Verandering", "Gegevens tot", "Bijlage" })
        {
            Assert.DoesNotContain(dutch, text, StringComparison.Ordinal);
        }
    }
}
