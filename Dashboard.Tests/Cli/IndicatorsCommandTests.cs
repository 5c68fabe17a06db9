using System.Globalization;
using Dashboard.Cli;
using Dashboard.Data.Figures;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>`indicators`: the CSV a scheduled job or a checker reads, on a small data set worked out by hand.</summary>
public sealed class IndicatorsCommandTests : IDisposable
{
    private readonly TestInstallation _install = new();

    public IndicatorsCommandTests()
    {
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, "winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort;vloeroppervlak_m2
            Kringloop Aan de Maas;AAN;Aan de Maas;WINKEL;Winkelvloer;winkel;1.000
            Kringloop Aan de Maas;AAN;Aan de Maas;REST;Restaurant De Pan;horeca;1.000
            """));
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, "deelnemers.csv", """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom;ladder_start;ladder_eind
            A1;AAN;REST;arbeidsbeperking;werkervaring;01-01-2024;;20;;;
            A2;AAN;REST;zonder_werk;leerwerk;01-03-2025;31-08-2025;32;betaald_werk;3;5
            A3;AAN;REST;nieuwkomer;werkervaring;01-06-2024;01-01-2025;24;uitval;;
            A1;AAN;WINKEL;arbeidsbeperking;vrijwilliger;01-02-2025;;8;;;
            """));
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "verkopen.csv", """
            datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties
            15-01-2025;AAN;WINKEL;meubels;1.000,00;10;;40
            16-01-2025;AAN;REST;horeca;250,50;;;
            """));
    }

    private (int Exit, List<string[]> Rows, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["indicators", .. args, "--db", _install.Database.Path], output, error, _install.Clock);
        var separator = args.Contains("en") ? ',' : ';';
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split(separator)).ToList();
        return (exit, rows, error.ToString());
    }

    private static string[] Row(List<string[]> rows, string code, string group = "") => rows.Single(r => r[0] == code && r[2] == group);

    [Fact]
    public void Exact_totals_follow_the_definitions()
    {
        var (exit, rows, _) = Run("--from", "01-01-2025", "--to", "2025-12-31", "--exact");

        Assert.Equal(0, exit);
        Assert.Equal(["indicator", "naam", "groep", "waarde", "status"], rows[0]);
        Assert.Equal(["P1", "P2", "P3", "P4", "P4R", "P5", "P6R", "P7R", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15", "E1", "E2", "E3", "M1", "M2", "M3",
                "W1", "W2", "W3", "W4", "W3L", "W3H"],
            rows.Skip(1).Select(r => r[0]));
        Assert.Equal("3", Row(rows, "P1")[3]);          // A1 (two trajectories, counted once), A2, A3 (ended on 1 January)
        Assert.Equal("2", Row(rows, "P2")[3]);          // A2 on 1 March, A1 at WINKEL on 1 February
        Assert.Equal("50", Row(rows, "P4R")[3]);        // 1 of 2 ended in paid work
        Assert.Equal("50", Row(rows, "P7R")[3]);        // A3 dropped out
        Assert.Equal("2", Row(rows, "P11")[3]);         // only A2 has both steps: 5 − 3
        // P8 = (20 × 365 + 32 × 184 + 24 × 1 + 8 × 334) / 7 = 15884 / 7
        Assert.Equal(Math.Round(15884m / 7m, 20), Math.Round(decimal.Parse(Row(rows, "P8")[3], new CultureInfo("nl-NL")), 20));
        Assert.Equal("1250,5", Row(rows, "E1")[3]);
        Assert.Equal("25", Row(rows, "E3")[3]);         // 1000 / 40, the horeca row states no receipts
        Assert.Equal(("10", "250"), (Row(rows, "M1")[3], Row(rows, "M2")[3])); // 10 chairs × 25 kg; horeca counts 0
        Assert.Equal(["P9", "Behaalde certificaten", "", "0", "ok"], Row(rows, "P9"));
        Assert.Equal(["P5", "Uitstroom naar opleiding", "", "0", "ok"], Row(rows, "P5"));
    }

    [Fact]
    public void Without_exact_small_numbers_are_hidden()
    {
        var (_, rows, _) = Run("--from", "2025-01-01", "--to", "2025-12-31");

        Assert.Equal(["P1", "Actieve deelnemers", "", "", "verborgen"], Row(rows, "P1"));
        Assert.Equal("verborgen", Row(rows, "P4R")[4]);
        Assert.Equal("verborgen", Row(rows, "E2")[4]);  // computed from the hidden P8
        Assert.Equal(["P5", "Uitstroom naar opleiding", "", "0", "ok"], Row(rows, "P5")); // 0 is shown
        Assert.Equal("1250,5", Row(rows, "E1")[3]);     // sales are not about people
    }

    [Fact]
    public void A_breakdown_gives_one_row_per_indicator_per_group_in_code_order()
    {
        var (_, rows, _) = Run("--from", "2025-01-01", "--to", "2025-12-31", "--by", "doelgroep", "--exact", "--csv", "en");

        Assert.Equal(["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig"],
            rows.Where(r => r[0] == "P1").Select(r => r[2]));
        Assert.Equal(["P1", "Active participants", "arbeidsbeperking", "1", "ok"], Row(rows, "P1", "arbeidsbeperking"));
        Assert.Equal(["E1", "Revenue", "nieuwkomer", "", "nvt"], Row(rows, "E1", "nieuwkomer"));
        Assert.Equal(["P4R", "% outflow to paid work", "opleiding", "", "geen_gegevens"], Row(rows, "P4R", "opleiding"));
        Assert.Equal(["W1", "Social value (€)", "nieuwkomer", "", "nvt"], Row(rows, "W1", "nieuwkomer")); // investments carry no participants
        Assert.Equal(IndicatorCatalogue.All.Count * 5 + 1, rows.Count);
    }

    [Fact]
    public void Months_are_clipped_to_the_period_and_named_jjjj_mm()
    {
        var (_, rows, _) = Run("--from", "2025-01-15", "--to", "2025-03-10", "--by", "month", "--exact");

        Assert.Equal(["2025-01", "2025-02", "2025-03"], rows.Where(r => r[0] == "E1").Select(r => r[2]));
        Assert.Equal("1250,5", Row(rows, "E1", "2025-01")[3]);
        // March: A1 at REST (20 h) and at WINKEL (8 h) for 10 days, A2 (32 h) from 1 March: (20 + 8 + 32) × 10 / 7
        Assert.Equal(Math.Round(600m / 7m, 20), Math.Round(decimal.Parse(Row(rows, "P8", "2025-03")[3], new CultureInfo("nl-NL")), 20));
    }

    private static decimal Number(string[] row) => decimal.Parse(row[3], new CultureInfo("nl-NL"));

    [Fact]
    public void By_belanghebbende_each_stakeholder_of_the_example_map_gets_its_value_and_other_figures_are_nvt()
    {
        var (exit, rows, _) = Run("--from", "2025-01-01", "--to", "2025-12-31", "--by", "belanghebbende", "--exact");

        Assert.Equal(0, exit);
        // The example map (docs/maatschappelijke-waarde.md#voorbeeldkaart) in map order; P4 = 1 (A2), M2 = M3 = 250 kg, P5 = P9 = 0.
        Assert.Equal(["Gemeente", "Deelnemer", "Samenleving"], rows.Where(r => r[0] == "W1").Select(r => r[2]).Where(g => g.Length > 0));
        // Gemeente: WERK-GEMEENTE 14.000 × 0,75 × 0,9 × 0,8 = 7.560, then 6.048 and 4.838,40, each / 1,0225^t = 17.704,37;
        // AFVAL-GEMEENTE 250 × 0,12 × 0,9 = 27 / 1,0225 = 26,41.
        Assert.Equal(17_730.78m, Math.Round(Number(Row(rows, "W1", "Gemeente")), 2));
        // Deelnemer: 3.500 × 0,75 × 0,8 = 2.100, 1.680, 1.344, discounted: 4.917,88; nothing to training, no certificates.
        Assert.Equal(4_917.88m, Math.Round(Number(Row(rows, "W1", "Deelnemer")), 2));
        // Samenleving: 250 kg CO2 × 0,15 × 0,8 = 30 / 1,0225 = 29,34.
        Assert.Equal(29.34m, Math.Round(Number(Row(rows, "W1", "Samenleving")), 2));
        Assert.Equal(["W4", "Bruto waarde (€)", "Gemeente", "14030", "ok"], Row(rows, "W4", "Gemeente"));   // 14.000 + 250 × 0,12
        Assert.Equal(["W4", "Bruto waarde (€)", "Samenleving", "37,5", "ok"], Row(rows, "W4", "Samenleving"));
        foreach (var code in new[] { "W2", "W3", "W3L", "W3H", "P1", "P4", "E1", "M2" })
        {
            Assert.Equal("nvt", Row(rows, code, "Deelnemer")[4]);
        }
    }

    [Fact]
    public void By_waarderegel_each_row_of_the_map_is_a_group_by_its_code()
    {
        var (_, rows, _) = Run("--from", "2025-01-01", "--to", "2025-12-31", "--by", "waarderegel", "--exact");

        Assert.Equal(["WERK-GEMEENTE", "WERK-DEELNEMER", "OPLEIDING-DEELNEMER", "CERTIFICAAT-DEELNEMER", "CO2-SAMENLEVING", "AFVAL-GEMEENTE"],
            rows.Where(r => r[0] == "W4").Select(r => r[2]).Where(g => g.Length > 0));
        Assert.Equal("14000", Row(rows, "W4", "WERK-GEMEENTE")[3]);       // P4 = 1 × 14.000
        Assert.Equal("0", Row(rows, "W1", "OPLEIDING-DEELNEMER")[3]);     // P5 = 0
        Assert.Equal("37,5", Row(rows, "W4", "CO2-SAMENLEVING")[3]);     // 250 kg CO2 × 0,15
        Assert.Equal(26.41m, Math.Round(Number(Row(rows, "W1", "AFVAL-GEMEENTE")), 2)); // 250 × 0,12 × 0,9 / 1,0225
        Assert.Equal("nvt", Row(rows, "W2", "WERK-GEMEENTE")[4]);
        Assert.Equal("nvt", Row(rows, "W3", "WERK-GEMEENTE")[4]);
        Assert.Equal("nvt", Row(rows, "P4", "WERK-GEMEENTE")[4]);
    }

    [Fact]
    public void By_financier_the_imported_investments_are_prorated_per_funder_and_only_W2_has_a_value()
    {
        ImportAssert.Succeeded(_install.Import(ImportKind.Investeringen, "investeringen.csv", """
            winkel;praktijk;jaar;bedrag;financier;omschrijving
            AAN;REST;2025;36.500,00;gemeente;Subsidie participatie
            AAN;WINKEL;2025;7.300,00;fonds;Fonds
            AAN;WINKEL;2024;36.600,00;gemeente;Vorig jaar
            """));

        // Not --exact: the investment is never hidden.
        var (exit, rows, _) = Run("--from", "2025-01-01", "--to", "2025-03-31", "--by", "financier");

        Assert.Equal(0, exit);
        Assert.Equal(["gemeente", "uwv", "fonds", "eigen_middelen", "overig"], rows.Where(r => r[0] == "W2").Select(r => r[2]).Where(g => g.Length > 0));
        // Q1 2025 has 90 of 365 days: 36.500 × 90 / 365 = 9.000; 7.300 × 90 / 365 = 1.800; 2024's money has no share.
        Assert.Equal(["W2", "Investering (€)", "gemeente", "9000", "ok"], Row(rows, "W2", "gemeente"));
        Assert.Equal(["W2", "Investering (€)", "uwv", "0", "ok"], Row(rows, "W2", "uwv"));
        Assert.Equal(["W2", "Investering (€)", "fonds", "1800", "ok"], Row(rows, "W2", "fonds"));
        foreach (var code in new[] { "W1", "W3", "W4", "W3L", "W3H", "P1", "E1" })
        {
            Assert.Equal("nvt", Row(rows, code, "gemeente")[4]);
        }
    }

    [Theory]
    [InlineData("--kind", "horeka", "bedoelt u 'horeca'")]
    [InlineData("--org", "Onbekend Bedrijf", "Onbekende organisatie")]
    [InlineData("--store", "XYZ", "Onbekende winkel")]
    [InlineData("--practice", "AAN/KEUKEN", "Onbekende praktijk")]
    [InlineData("--doelgroep", "jongeren", "geen bekende doelgroep")]
    public void An_unknown_value_in_a_filter_exits_1_with_a_message(string option, string value, string message)
    {
        var (exit, rows, error) = Run(option, value);

        Assert.Equal(1, exit);
        Assert.Empty(rows);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("--by", "winkelnaam")]
    [InlineData("--csv", "de")]
    [InlineData("--from", "2025-01-01")]
    [InlineData("--from", "31-02-2025", "--to", "2025-03-01")]
    [InlineData("extra")]
    public void Wrong_usage_exits_2(params string[] args)
    {
        Assert.Equal(2, Run(args).Exit);
    }

    [Theory]
    [InlineData("01-01-1900", "31-12-2199", "De periode 01-01-1900 t/m 31-12-2199 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("2000-01-01", "2050-01-01", "De periode 01-01-2000 t/m 01-01-2050 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("01-01-0001", "31-12-0001", "--from: '01-01-0001' ligt niet tussen 1900 en 2199")]
    public void A_period_beyond_the_limits_exits_2_with_a_Dutch_message(string from, string to, string message)
    {
        var (exit, rows, error) = Run("--from", from, "--to", to, "--by", "month");

        Assert.Equal(2, exit);
        Assert.Empty(rows);
        Assert.StartsWith(message + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_period_allowed_is_broken_down_into_its_600_months_quarters_and_years()
    {
        var months = Run("--from", "2000-01-01", "--to", "2049-12-31", "--by", "month").Rows;
        var quarters = Run("--from", "2000-01-01", "--to", "2049-12-31", "--by", "quarter").Rows;
        var years = Run("--from", "2000-01-01", "--to", "2049-12-31", "--by", "year").Rows;

        Assert.Equal(600, months.Where(r => r[0] == "P1").Select(r => r[2]).Distinct().Count(g => g.Length > 0));
        Assert.Equal(200, quarters.Where(r => r[0] == "P1").Select(r => r[2]).Distinct().Count(g => g.Length > 0));
        Assert.Equal(["2000", "2049"], new[] { years.First(r => r[0] == "P1" && r[2].Length > 0)[2], years.Last(r => r[0] == "P1")[2] });
    }

    [Fact]
    public void Without_dates_it_takes_the_year_to_date_up_to_the_last_day_with_data()
    {
        var (_, withoutDates, _) = Run("--exact");
        var (_, explicitPeriod, _) = Run("--from", "2025-01-01", "--to", "2025-08-31", "--exact");

        Assert.Equal(explicitPeriod, withoutDates);     // A2's end on 31 August 2025 is the last day with data
    }

    public void Dispose() => _install.Dispose();
}
