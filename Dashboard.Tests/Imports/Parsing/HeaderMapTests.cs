using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Tests.Imports.Parsing;

public class HeaderMapTests
{
    private static readonly IReadOnlyList<ImportColumn> Trajectories = ImportLayouts.Columns(ImportKind.Deelnemers);
    private static readonly IReadOnlyList<ImportColumn> Sales = ImportLayouts.Columns(ImportKind.Verkopen);

    private static ImportColumn Column(IReadOnlyList<ImportColumn> columns, string name) => columns.Single(c => c.Name == name);

    private static readonly string[] DutchTrajectoryHeaders =
        ["deelnemer", "winkel", "praktijk", "doelgroep", "traject", "startdatum", "einddatum", "uren_per_week", "uitstroom"];

    [Fact]
    public void Canonical_Dutch_headers_map_to_their_positions()
    {
        var report = new ValidationReport();
        var map = HeaderMap.Match(DutchTrajectoryHeaders, Trajectories, report);
        Assert.False(report.HasProblems);
        Assert.Empty(report.Warnings);
        Assert.Equal(0, map.IndexOf(Column(Trajectories, "deelnemer")));
        Assert.Equal(7, map.IndexOf(Column(Trajectories, "uren_per_week")));
        Assert.Equal(-1, map.IndexOf(Column(Trajectories, "ladder_start")));
        Assert.False(map.Has(Column(Trajectories, "regeling")));
    }

    [Theory]
    [InlineData("participant", "store", "practice", "target_group", "trajectory_type", "start_date", "hours_per_week")]
    [InlineData("Participant", "Store", "Practice", "Target Group", "Trajectory Type", "Start Date", "Hours Per Week")]
    [InlineData("PARTICIPANT", "STORE", "PRACTICE", "TARGET-GROUP", "TRAJECTORY-TYPE", "START-DATE", "HOURS-PER-WEEK")]
    [InlineData("Deelnemer", "Winkel", "Praktijk", "Doel groep", "TRAJECT", "Start_Datum", "Uren per week")]
    [InlineData(" deelnemer ", "winkel", "praktijk", "doel-groep", "traject", "start datum", "urenperweek")]
    public void Headers_match_ignoring_case_spaces_underscores_and_hyphens(params string[] headers)
    {
        var report = new ValidationReport();
        var map = HeaderMap.Match(headers, Trajectories, report);
        Assert.False(report.HasProblems, string.Join("\n", report.Lines()));
        Assert.Empty(report.Warnings);
        Assert.Equal(5, map.IndexOf(Column(Trajectories, "startdatum")));
        Assert.Equal(6, map.IndexOf(Column(Trajectories, "uren_per_week")));
    }

    [Fact]
    public void Unknown_columns_are_listed_as_a_warning_and_the_rest_still_maps()
    {
        var report = new ValidationReport();
        var map = HeaderMap.Match([.. DutchTrajectoryHeaders, "opmerking", "Begeleider code"], Trajectories, report);
        Assert.False(report.HasProblems);
        var warning = Assert.Single(report.Warnings);
        Assert.Contains("'opmerking'", warning);
        Assert.Contains("'Begeleider code'", warning);
        Assert.Equal(0, map.IndexOf(Column(Trajectories, "deelnemer")));
    }

    [Fact]
    public void A_column_given_twice_is_a_problem_of_row_1()
    {
        var report = new ValidationReport();
        HeaderMap.Match(["datum", "winkel", "store", "praktijk", "categorie", "omzet"], Sales, report);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Equal("winkel", problem.Column);
        Assert.Equal("kolom dubbel", problem.Kind);
        Assert.Equal("rij 1, kolom winkel: de kolom 'winkel' staat twee keer in de kopregel (ook als 'store')", problem.ToString());
    }

    [Fact]
    public void A_missing_required_column_is_a_problem_of_row_1_naming_it()
    {
        var report = new ValidationReport();
        HeaderMap.Match(["datum", "winkel", "praktijk", "categorie", "aantal"], Sales, report);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Equal("omzet", problem.Column);
        Assert.Equal("verplichte kolom ontbreekt", problem.Kind);
        Assert.Equal("rij 1, kolom omzet: de verplichte kolom 'omzet' ontbreekt in de kopregel (Engels: 'revenue')", problem.ToString());
    }

    [Fact]
    public void Every_missing_required_column_is_named()
    {
        var report = new ValidationReport();
        HeaderMap.Match(["deelnemer", "opmerking"], Trajectories, report);
        Assert.Equal(["winkel", "praktijk", "doelgroep", "traject", "startdatum", "uren_per_week"], report.Problems.Select(p => p.Column));
        Assert.All(report.Problems, p => Assert.Equal(1, p.Row));
    }

    [Theory]
    [InlineData("naam")]
    [InlineData("Naam")]
    [InlineData("voornaam")]
    [InlineData("Achternaam")]
    [InlineData("BSN")]
    [InlineData("burgerservicenummer")]
    [InlineData("Geboortedatum")]
    [InlineData("geboorte_datum")]
    [InlineData("adres")]
    [InlineData("Straat")]
    [InlineData("huisnummer")]
    [InlineData("email")]
    [InlineData("e-mail")]
    [InlineData("E-mail")]
    [InlineData("telefoon")]
    [InlineData("telefoonnummer")]
    [InlineData("Telefoon nummer")]
    [InlineData("iban")]
    [InlineData("IBAN")]
    public void A_direct_identifier_column_refuses_the_whole_file_naming_the_column(string header)
    {
        var report = new ValidationReport();
        var refused = Assert.Throws<ImportRefusedException>(() => HeaderMap.Match([.. DutchTrajectoryHeaders, header], Trajectories, report));
        Assert.Contains($"de kolom '{header}'", refused.Message);
        Assert.Contains("geweigerd", refused.Message);
    }

    [Theory]
    [InlineData("winkelnaam")]
    [InlineData("praktijknaam")]
    [InlineData("naam praktijk")]
    [InlineData("e-mailadres begeleider")]
    public void Names_that_are_not_exactly_an_identifier_are_fine(string header)
    {
        var report = new ValidationReport();
        HeaderMap.Match([.. DutchTrajectoryHeaders, header], Trajectories, report);
        Assert.False(report.HasProblems);
    }
}
