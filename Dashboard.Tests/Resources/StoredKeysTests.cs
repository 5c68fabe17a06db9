using Dashboard.Data.Administration;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Templates;

namespace Dashboard.Tests.Resources;

/// <summary>
/// Every enum whose value is stored, put in a URL or a file name, or typed on the command line, with its key written
/// out here: renaming a member must fail this test (or the build), never silently change stored data or a link.
/// </summary>
public sealed class StoredKeysTests
{
    [Fact]
    public void Roles_are_stored_by_these_keys()
    {
        Assert.Equal(new Dictionary<Role, string>
        {
            [Role.Beheerder] = "beheerder",
            [Role.Directie] = "directie",
            [Role.Bestuur] = "bestuur",
            [Role.Communicatie] = "communicatie",
        }, Roles.All.ToDictionary(r => r, r => r.Key()));
        Assert.All(Roles.All, r => Assert.Equal(r, Roles.Parse(r.Key())));
    }

    [Fact]
    public void Import_kinds_are_stored_and_typed_by_these_names()
    {
        Assert.Equal(new Dictionary<ImportKind, string>
        {
            [ImportKind.Winkels] = "winkels",
            [ImportKind.Deelnemers] = "deelnemers",
            [ImportKind.Certificaten] = "certificaten",
            [ImportKind.Verkopen] = "verkopen",
            [ImportKind.Investeringen] = "investeringen",
            [ImportKind.Nametingen] = "nametingen",
        }, Enum.GetValues<ImportKind>().ToDictionary(k => k, k => k.Name()));
        Assert.All(Enum.GetValues<ImportKind>(), k => Assert.Equal(k, ImportKinds.Parse(k.Name())));
    }

    [Fact]
    public void Template_formats_are_named_by_these_extensions()
    {
        Assert.Equal(new Dictionary<TemplateFormat, string>
        {
            [TemplateFormat.Csv] = "csv",
            [TemplateFormat.Xlsx] = "xlsx",
        }, Enum.GetValues<TemplateFormat>().ToDictionary(f => f, ImportTemplates.Extension));
    }

    [Fact]
    public void Dimensions_are_typed_by_these_names()
    {
        Assert.Equal(new Dictionary<Dimension, string>
        {
            [Dimension.Organisation] = "org",
            [Dimension.Store] = "winkel",
            [Dimension.Practice] = "praktijk",
            [Dimension.PracticeKind] = "soort",
            [Dimension.TargetGroup] = "doelgroep",
            [Dimension.AgeGroup] = "leeftijdsgroep",
            [Dimension.TrajectoryType] = "traject",
            [Dimension.Scheme] = "regeling",
            [Dimension.Outcome] = "uitstroom",
            [Dimension.CertificateKind] = "certificaatsoort",
            [Dimension.Month] = "maand",
            [Dimension.Quarter] = "kwartaal",
            [Dimension.Year] = "jaar",
            [Dimension.Stakeholder] = "belanghebbende",
            [Dimension.ValueMapRow] = "waarderegel",
            [Dimension.Funder] = "financier",
        }, Enum.GetValues<Dimension>().ToDictionary(d => d, d => d.Name()));
    }

    [Fact]
    public void Normalisations_are_linked_by_these_keys()
    {
        Assert.Equal(new Dictionary<string, Normalisation>
        {
            ["geen"] = Normalisation.None,
            ["deelnemer"] = Normalisation.PerParticipant,
            ["uren"] = Normalisation.PerThousandParticipantHours,
            ["m2"] = Normalisation.PerSquareMetre,
        }, NormalisationKeys.All);
        Assert.Equal(Enum.GetValues<Normalisation>().Order(), NormalisationKeys.All.Values.Order());
    }

    /// <summary>
    /// Export views and formats are still read from URLs and file names by their member names (Enum.TryParse,
    /// ToString().ToLowerInvariant()); until they get a key of their own, this pins the names.
    /// </summary>
    [Fact]
    public void Export_views_and_formats_are_linked_by_these_names()
    {
        Assert.Equal(["overzicht", "praktijk", "vergelijken", "sector"], Enum.GetValues<ExportView>().Select(v => v.ToString().ToLowerInvariant()));
        Assert.Equal(["png", "svg", "xlsx", "csv", "pdf", "docx"], Enum.GetValues<ExportFormat>().Select(f => f.ToString().ToLowerInvariant()));
    }

    /// <summary>Targets store the code, theories of change hold it in their JSON, links and the command line name it.</summary>
    [Fact]
    public void Indicators_are_stored_and_linked_by_their_codes()
    {
        string[] codes = ["P1", "P2", "P3", "P4", "P4R", "P5", "P6R", "P7R", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15", "E1", "E2", "E3", "M1", "M2", "M3",
            "W1", "W2", "W3", "W4", "W3L", "W3H"];

        Assert.Equal(codes, IndicatorCatalogue.All.Select(i => i.Code.ToString()));
        Assert.All(codes, code => Assert.Equal(code, IndicatorCatalogue.Parse(code.ToLowerInvariant())?.ToString()));
    }

    [Theory]
    [InlineData("3")]
    [InlineData(" 18 ")]
    [InlineData("P1, P2")]
    [InlineData("p3,p4")]
    [InlineData("")]
    public void Only_a_code_names_an_indicator(string text) => Assert.Null(IndicatorCatalogue.Parse(text));
}
