using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Trajectories;

public class TrajectoryImportTests
{
    private static TestInstallation WithStores(DatabaseProvider provider) => new TestInstallation(provider: provider).WithStandardStores();

    private static ImportOutcome Import(TestInstallation install, params TrajectoryRow[] rows) =>
        install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(rows));

    /// <summary>Five valid rows (rows 2–6 of the file) and then <paramref name="bad"/> at row 7.</summary>
    private static ImportOutcome ImportWithBadRow7(TestInstallation install, TrajectoryRow bad) =>
        Import(install, [.. Enumerable.Range(1, 5).Select(TrajectoryRow.Number), bad]);

    private const string Stored =
        "SELECT s.code, p.code, t.start_date, COALESCE(CAST(t.end_date AS TEXT), '-'), t.target_group, COALESCE(CAST(t.age_group AS TEXT), '-'), COALESCE(CAST(t.scheme AS TEXT), '-'), t.trajectory_type, " +
        "t.hours_per_week, COALESCE(CAST(t.outcome AS TEXT), '-'), COALESCE(CAST(t.ladder_start AS TEXT), '-'), COALESCE(CAST(t.ladder_end AS TEXT), '-') " +
        "FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id ORDER BY t.start_date, s.code, p.code";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_trajectories_with_canonical_codes(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var outcome = ImportAssert.Succeeded(Import(install,
            new TrajectoryRow { TargetGroup = "Zonder Werk", AgeGroup = "27 tot 50", Scheme = "Participatiewet-LKS", Type = "Stage BBL", Hours = "32,5" },
            new TrajectoryRow { Participant = "A-002", Store = "aan", Practice = "winkel", Start = "1-3-2025", End = "30-9-2025", Outcome = "Betaald werk intern", LadderEnd = "6", AgeGroup = "", Scheme = "" }));

        Assert.Equal(
        [
            "AAN|REST|2025-02-01|-|zonder_werk|27tot50|participatiewet_lks|stage_bbl|32.5|-|2|-",
            "AAN|WINKEL|2025-03-01|2025-09-30|arbeidsbeperking|-|-|werkervaring|24|betaald_werk_intern|2|6",
        ], install.Lines(Stored));
        Assert.Equal((2, 0, 0, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged, outcome.Summary.Removed));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_example_of_the_spec_end_before_start_at_row_7(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var outcome = ImportWithBadRow7(install, (TrajectoryRow.Number(6) with { Start = "01-06-2025" }).Ended("01-03-2025"));

        var problem = ImportAssert.RefusedAt(outcome, 7, "einddatum");
        Assert.Equal("einde vóór start", problem.Kind);
        Assert.Equal("rij 7, kolom einddatum: 01-03-2025 ligt vóór de startdatum 01-06-2025", problem.ToString());
        Assert.Equal(0, install.Count("trajectories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_end_on_the_start_day_is_fine(DatabaseProvider provider)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install, new TrajectoryRow { Start = "01-06-2025" }.Ended("01-06-2025", "uitval")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_blank_line_counts_as_a_row(DatabaseProvider provider)
    {
        using var install = WithStores(provider);
        var content = TrajectoryRow.Header + "\n" + TrajectoryRow.Number(1) + "\n\n" + TrajectoryRow.Number(2) + "\n;;;;;;;;;;;;\n" + (TrajectoryRow.Number(3) with { Hours = "61" });

        var problem = ImportAssert.RefusedAt(install.Import(ImportKind.Deelnemers, "deelnemers.csv", content), 6, "uren_per_week");

        Assert.StartsWith("rij 6, kolom uren_per_week: ", problem.ToString());
    }

    public static TheoryData<DatabaseProvider, string, string, string> UnknownCodes => Providers.Each(
        ("doelgroep", "arbeidsbeperkng", "arbeidsbeperking"),
        ("doelgroep", "nieuwkomers", "nieuwkomer"),
        ("leeftijdsgroep", "tot 28", "tot27"),
        ("regeling", "wajonk", "wajong"),
        ("traject", "werkervaringsplek", "werkervaring"),
        ("uitstroom", "betaald", "betaald_werk"));

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void An_unknown_code_names_row_column_and_the_nearest_code(DatabaseProvider provider, string column, string value, string nearest)
    {
        using var install = WithStores(provider);
        var row = TrajectoryRow.Number(6);
        row = column switch
        {
            "doelgroep" => row with { TargetGroup = value },
            "leeftijdsgroep" => row with { AgeGroup = value },
            "regeling" => row with { Scheme = value },
            "traject" => row with { Type = value },
            _ => row.Ended("30-06-2025", value),
        };

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, row), 7, column);

        Assert.Equal(value, problem.Value);
        Assert.Equal("onbekende code", problem.Kind);
        Assert.StartsWith($"'{value}' is geen bekende {column}; toegestaan: ", problem.Message);
        Assert.Equal($"bedoelt u '{nearest}'?", problem.Suggestion);
        Assert.Equal(0, install.Count("trajectories"));
    }

    public static TheoryData<DatabaseProvider, string> OtherSpellings => Providers.Each("zonderwerk", "ZONDER_WERK", "zonder-werk");

    [Theory]
    [MemberData(nameof(OtherSpellings))]
    public void A_code_spelled_differently_is_accepted_and_stored_canonically(DatabaseProvider provider, string value)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install, new TrajectoryRow { TargetGroup = value }));
        Assert.Equal("zonder_werk", install.Query<string>("SELECT target_group FROM trajectories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_store_is_an_error_suggesting_the_nearest(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6) with { Store = "ZWOL" }), 7, "winkel");

        Assert.Equal("onbekende winkel", problem.Kind);
        Assert.Equal("rij 7, kolom winkel: winkel 'ZWOL' is onbekend; importeer eerst het winkelbestand (winkels) met deze winkel (bedoelt u 'ZWO'?)", problem.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_practice_is_an_error_listing_the_stores_practices(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6) with { Practice = "RESTO" }), 7, "praktijk");

        Assert.Equal("onbekende praktijk", problem.Kind);
        Assert.Contains("winkel AAN heeft geen praktijk 'RESTO'", problem.Message);
        Assert.Contains("WINKEL", problem.Message);
        Assert.Equal("bedoelt u 'REST'?", problem.Suggestion);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_practice_of_another_store_is_unknown_at_this_store(DatabaseProvider provider)
    {
        using var install = WithStores(provider);
        ImportAssert.RefusedAt(Import(install, new TrajectoryRow { Store = "AAN", Practice = "FIETS" }), 2, "praktijk");
    }

    public static TheoryData<DatabaseProvider, string> HoursOutOfRange => Providers.Each("0", "61", "-8", "60,5");

    [Theory]
    [MemberData(nameof(HoursOutOfRange))]
    public void Hours_outside_0_to_60_are_refused(DatabaseProvider provider, string hours)
    {
        using var install = WithStores(provider);

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6) with { Hours = hours }), 7, "uren_per_week");

        Assert.Equal("buiten bereik", problem.Kind);
        Assert.Equal($"{hours} uur per week kan niet: het moet meer dan 0 en hoogstens 60 zijn", problem.Message);
    }

    public static TheoryData<DatabaseProvider, string, double> HoursInRange => Providers.Each<string, double>(
        ("60", 60),
        ("0,5", 0.5),
        ("1", 1));

    [Theory]
    [MemberData(nameof(HoursInRange))]
    public void Hours_from_just_above_0_up_to_60_are_fine(DatabaseProvider provider, string hours, double stored)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install, new TrajectoryRow { Hours = hours }));
        Assert.Equal(stored, install.Query<double>("SELECT hours_per_week FROM trajectories"));
    }

    public static TheoryData<DatabaseProvider, string, string> LaddersOutOfRange => Providers.Each(
        ("ladder_start", "0"),
        ("ladder_start", "7"),
        ("ladder_eind", "0"),
        ("ladder_eind", "7"));

    [Theory]
    [MemberData(nameof(LaddersOutOfRange))]
    public void A_ladder_step_outside_1_to_6_is_refused(DatabaseProvider provider, string column, string step)
    {
        using var install = WithStores(provider);
        var row = TrajectoryRow.Number(6).Ended("30-06-2025");
        row = column == "ladder_start" ? row with { LadderStart = step } : row with { LadderEnd = step };

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, row), 7, column);

        Assert.Equal($"trede {step} bestaat niet: de participatieladder loopt van 1 tot en met 6", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Ladder_steps_1_and_6_are_fine_and_half_a_step_is_not(DatabaseProvider provider)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install, new TrajectoryRow { LadderStart = "1" }.Ended("30-06-2025", ladderEnd: "6")));
        Assert.Equal("1|6", install.Lines("SELECT ladder_start, ladder_end FROM trajectories").Single());

        var problem = ImportAssert.RefusedAt(Import(install, TrajectoryRow.Number(2) with { LadderStart = "2,5" }), 2, "ladder_start");
        Assert.Equal("geen geheel getal", problem.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_end_after_today_is_refused_and_today_is_fine(DatabaseProvider provider)
    {
        using var install = WithStores(provider); // today is 15-11-2026

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6).Ended("16-11-2026")), 7, "einddatum");

        Assert.Equal("in de toekomst", problem.Kind);
        Assert.Equal("16-11-2026 ligt na vandaag (15-11-2026); een geplande einddatum is nog geen einde", problem.Message);
        ImportAssert.Succeeded(Import(install, TrajectoryRow.Number(6).Ended("15-11-2026")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Today_follows_the_clock(DatabaseProvider provider)
    {
        using var install = new TestInstallation(new FixedClock(2025, 6, 30), provider).WithStandardStores();
        ImportAssert.RefusedAt(Import(install, new TrajectoryRow().Ended("01-07-2025")), 2, "einddatum");
        ImportAssert.Succeeded(Import(install, new TrajectoryRow().Ended("30-06-2025")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_ended_trajectory_without_outcome_is_refused(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6).Ended("30-06-2025", outcome: "")), 7, "uitstroom");

        Assert.Equal("uitstroom ontbreekt", problem.Kind);
        Assert.Contains("afgesloten traject", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_outcome_on_a_running_trajectory_is_refused(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var problem = ImportAssert.RefusedAt(ImportWithBadRow7(install, TrajectoryRow.Number(6) with { Outcome = "uitval" }), 7, "uitstroom");

        Assert.Equal("uitstroom zonder einde", problem.Kind);
        Assert.Equal("uitstroom 'uitval' staat bij een traject zonder einddatum; een lopend traject heeft nog geen uitstroom", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_problem_of_a_row_is_listed(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var problems = ImportAssert.Refused(Import(install, new TrajectoryRow { Hours = "61", LadderStart = "9", Type = "stage", Outcome = "uitval" }));

        Assert.Equal(["traject", "ladder_start", "uren_per_week", "uitstroom"], problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(2, p.Row));
    }

    public static TheoryData<DatabaseProvider, string> NineDigitCodes => Providers.Each("123456789", "123 456 789", "123-456-789", "123.456.789");

    [Theory]
    [MemberData(nameof(NineDigitCodes))]
    public void A_nine_digit_participant_code_is_refused_without_echoing_it(DatabaseProvider provider, string code)
    {
        using var install = WithStores(provider);

        var outcome = ImportWithBadRow7(install, TrajectoryRow.Number(6) with { Participant = code });

        var problem = ImportAssert.RefusedAt(outcome, 7, "deelnemer");
        Assert.Equal("mogelijk BSN", problem.Kind);
        Assert.Contains("negen cijfers", problem.Message);
        AssertNotEchoed(outcome.Report, code);
        Assert.Equal(0, install.Count("trajectories"));
    }

    internal static void AssertNotEchoed(ValidationReport report, string code)
    {
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        var texts = report.Problems.SelectMany(p => new[] { p.Value, p.Message, p.Suggestion, p.ToString() })
            .Concat(report.Lines()).Concat(report.Warnings).OfType<string>().ToList();
        Assert.DoesNotContain(texts, t => t.Contains(code) || t.Contains(digits) || t.Contains(digits[..5]) || t.Contains(digits[4..]));
    }

    public static TheoryData<DatabaseProvider, string> NotNineDigitCodes => Providers.Each("12345678", "1234567890", "A23456789", "K-123456789");

    [Theory]
    [MemberData(nameof(NotNineDigitCodes))]
    public void Codes_that_are_not_exactly_nine_digits_are_fine(DatabaseProvider provider, string code)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install, new TrajectoryRow { Participant = code }));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_trajectory_twice_in_a_file_is_a_duplicate_row(DatabaseProvider provider)
    {
        using var install = WithStores(provider);

        var outcome = Import(install, TrajectoryRow.Number(1), TrajectoryRow.Number(2), TrajectoryRow.Number(1) with { Store = "aan", Start = "1-2-2025", Hours = "12" });

        var problem = ImportAssert.RefusedAt(outcome, 4, "startdatum");
        Assert.Equal("dubbele rij", problem.Kind);
        Assert.Contains("rij 2", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_participant_in_another_practice_or_from_another_start_is_another_trajectory(DatabaseProvider provider)
    {
        using var install = WithStores(provider);
        ImportAssert.Succeeded(Import(install,
            new TrajectoryRow(), new TrajectoryRow { Practice = "WINKEL" }, new TrajectoryRow { Start = "01-01-2024" }.Ended("31-12-2024")));
        Assert.Equal(3, install.Count("trajectories"));
        Assert.Equal(1, install.Query<long>("SELECT COUNT(DISTINCT participant) FROM trajectories"));
    }
}
