using System.Text.RegularExpressions;
using Dashboard.Cli;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>The administrators' command line: what it prints and the exit codes scheduled jobs rely on.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Stores = """
        organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort;vloeroppervlak_m2
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;WINKEL;Winkelvloer;winkel;1.250
        Kringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;REST;Restaurant De Pan;horeca;1.250
        """;

    private const string Sales = """
        datum;winkel;praktijk;categorie;omzet;aantal
        01-03-2025;AAN;WINKEL;kleding_textiel;1.234,50;300
        02-03-2025;AAN;REST;horeca;456,10;
        """;

    private readonly TestInstallation _install = new();

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. args, "--db", _install.Database.Path], output, error, _install.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Import_prints_one_summary_line_and_exits_0()
    {
        var (exit, output, error) = Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));

        Assert.Equal(0, exit);
        Assert.Single(output.TrimEnd().Split('\n'));
        Assert.Contains("winkels.csv: geïmporteerd als import 1", output);
        Assert.Contains("1 nieuwe organisatie, 1 nieuwe winkel, 2 nieuwe praktijken", output);
        Assert.Equal("", error);
        Assert.Equal(2, _install.Count("practices"));
    }

    [Fact]
    public void A_refused_file_prints_the_report_on_standard_error_exits_1_and_changes_nothing()
    {
        Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));
        var file = _install.WriteFile("verkopen.csv", Sales.Replace("456,10", "456.10"));

        var (exit, output, error) = Run("import", "verkopen", file);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("rij 3, kolom omzet: '456.10' is geen getal", error);
        Assert.Contains("Er is niets veranderd", error);
        Assert.Equal(0, _install.Count("sales"));
    }

    [Fact]
    public void A_workbook_with_a_cell_in_column_ZZZZZZ_is_refused_on_standard_error_with_exit_1()
    {
        var file = RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, "organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort");
            w.Write("""<row r="2">""");
            RawWorkbook.Cell(w, "A2", "Kringloop Oost");
            RawWorkbook.Cell(w, "ZZZZZZ2", "x");
            w.Write("</row>");
        });

        var (exit, output, error) = Run("import", "winkels", file);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("Cel ZZZZZZ2 ligt voorbij kolom ALL; de grens is 1.000 kolommen (instelling Import:MaxColumns).", error);
        Assert.Contains("Er is niets veranderd", error);
        Assert.Equal(0, _install.Count("organisations"));
    }

    [Theory]
    [InlineData("import", "winkels")]
    [InlineData("import", "klanten", "x.csv")]
    [InlineData("import", "verkopen", "bestaat-niet.csv")]
    [InlineData("undo", "abc")]
    [InlineData("history", "--onbekend")]
    [InlineData("demo")]
    public void Wrong_usage_exits_2_with_the_usage_text(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("Gebruik:", error);
    }

    [Fact]
    public void Replace_with_winkels_is_wrong_usage()
    {
        var (exit, _, error) = Run("import", "winkels", _install.WriteFile("winkels.csv", Stores), "--replace");

        Assert.Equal(2, exit);
        Assert.Contains("--replace kan niet bij winkels", error);
        Assert.Equal(0, _install.Count("organisations"));
    }

    [Fact]
    public void History_lists_the_batches_and_undo_takes_a_sales_batch_back()
    {
        Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));
        Run("import", "verkopen", _install.WriteFile("verkopen.csv", Sales));

        var (historyExit, history, _) = Run("history");
        Assert.Equal(0, historyExit);
        Assert.Contains("verkopen.csv", history);
        Assert.Contains("winkels.csv", history);

        var (undoExit, undone, _) = Run("undo", "2");
        Assert.Equal(0, undoExit);
        Assert.Contains("2 verkoopregels verwijderd", undone);
        Assert.Equal(0, _install.Count("sales"));
        Assert.Contains("ongedaan", Run("history").Output);

        var (againExit, _, again) = Run("undo", "2");
        Assert.Equal(1, againExit);
        Assert.Contains("al ongedaan", again);
    }

    [Fact]
    public void Investments_are_imported_and_replaced_per_store_and_year_and_cannot_be_undone()
    {
        Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));
        Assert.Equal(0, Run("import", "investeringen", _install.WriteFile("investeringen.csv", """
            winkel;praktijk;jaar;bedrag;financier;omschrijving
            AAN;REST;2024;20.000;gemeente;Subsidie
            AAN;REST;2025;22.000;gemeente;Subsidie
            AAN;WINKEL;2025;5.000,50;fonds;Oranje Fonds
            """)).Exit);

        var (exit, output, error) = Run("import", "investeringen", _install.WriteFile("investeringen-2025.csv", """
            winkel;praktijk;jaar;bedrag;financier
            AAN;REST;2025;23.000;gemeente
            """), "--replace");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("1 investering: 0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 verwijderd (vervangen)", output);
        Assert.Equal(["2024|2000000", "2025|2300000"], _install.Lines("SELECT year, amount_cents FROM investments ORDER BY year"));
        var history = Run("history").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(history, line => line.Contains("  investeringen  ", StringComparison.Ordinal));
        // The longest kind's name keeps the columns in line.
        Assert.Single(history.Select(line => Regex.Match(line, @"geïmporteerd|\d\d-\d\d-\d{4} \d\d:\d\d").Index).Distinct());
        var (undoExit, _, undoError) = Run("undo", "3");
        Assert.Equal(1, undoExit);
        Assert.Contains("Alleen verkoopimports", undoError);
    }

    [Fact]
    public void Follow_ups_are_imported_after_the_trajectories_they_name_and_replaced_per_store()
    {
        Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));
        Assert.Equal(0, Run("import", "deelnemers", _install.WriteFile("deelnemers.csv", """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom
            A-1;AAN;WINKEL;nieuwkomer;werkervaring;01-02-2025;31-08-2025;20;betaald_werk
            A-2;AAN;REST;nieuwkomer;werkervaring;01-02-2025;31-08-2025;20;opleiding
            """)).Exit);
        Assert.Equal(0, Run("import", "nametingen", _install.WriteFile("nametingen.csv", """
            deelnemer;winkel;praktijk;startdatum;meetdatum;situatie
            A-1;AAN;WINKEL;01-02-2025;01-03-2026;betaald_werk
            A-2;AAN;REST;01-02-2025;01-03-2026;opleiding
            """)).Exit);

        var (exit, output, error) = Run("import", "nametingen", _install.WriteFile("nametingen-2.csv", """
            deelnemer;winkel;praktijk;startdatum;meetdatum;situatie
            A-1;AAN;WINKEL;01-02-2025;01-03-2026;uitkering
            """), "--replace");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("1 nameting: 0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 verwijderd (vervangen)", output);
        Assert.Equal(["2026-03-01|uitkering"], _install.Lines("SELECT follow_up_date, situation FROM follow_ups"));
        Assert.Contains(Run("history").Output.Split('\n'), line => line.Contains("  nametingen  ", StringComparison.Ordinal));
        var (refusedExit, refusedOutput, refusedError) = Run("import", "nametingen", _install.WriteFile("nametingen-3.csv", """
            deelnemer;winkel;praktijk;startdatum;meetdatum;situatie
            A-3;AAN;WINKEL;01-02-2025;01-03-2026;betaald_werk
            """));
        Assert.NotEqual(0, refusedExit);
        Assert.Contains("er is geen traject van deelnemer A-3 bij winkel AAN, praktijk WINKEL met startdatum 01-02-2025", refusedOutput + refusedError);
    }

    [Fact]
    public void Undo_of_a_stores_batch_is_refused_with_exit_1()
    {
        Run("import", "winkels", _install.WriteFile("winkels.csv", Stores));

        var (exit, _, error) = Run("undo", "1");

        Assert.Equal(1, exit);
        Assert.Contains("Alleen verkoopimports", error);
    }

    [Theory]
    [InlineData("improt", "verkopen", "x.csv")]
    [InlineData("indicator")]
    [InlineData("--lang=en", "indicators")]
    public void A_misspelt_or_misplaced_command_exits_2_with_the_usage_and_creates_no_database(params string[] args)
    {
        var database = Path.Combine(_install.Folder, "nieuw", "impact.db");
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.True(CommandLine.IsCommand([.. args, "--db", database]));
        var exit = CommandLine.Run([.. args, "--db", database], output, error, _install.Clock);

        Assert.Equal(2, exit);
        Assert.Contains("Er is niets gestart of veranderd.", error.ToString());
        Assert.Contains("Gebruik:", error.ToString());
        Assert.Equal("", output.ToString());
        Assert.False(Directory.Exists(Path.GetDirectoryName(database)));
    }

    [Fact]
    public void A_misspelt_command_suggests_the_nearest_one()
    {
        var error = new StringWriter();

        CommandLine.Run(["improt", "verkopen", "x.csv"], new StringWriter(), error, _install.Clock);

        Assert.Contains("Onbekende opdracht 'improt' (bedoelt u 'import'?)", error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--urls=http://127.0.0.1:0", "--environment", "Production")]
    [InlineData("urls=http://127.0.0.1:0")]
    [InlineData("/urls", "http://127.0.0.1:0")]
    [InlineData("--ConnectionStrings:Impact", "Data Source=x.db", "--Import:MaxRows=10")]
    [InlineData("--ReverseProxy__KnownProxies__0", "10.0.0.5")]
    [InlineData("--Privacy=", "--Privacy:KeyFile=/tmp/x.key", "--contentRoot=/srv", "--applicationName=Dashboard")]
    public void Only_settings_start_the_web_server(params string[] args) => Assert.False(CommandLine.IsCommand(args));

    [Theory]
    [InlineData("--improt", "winkels")]
    [InlineData("-import", "winkels")]
    [InlineData("/import", "winkels")]
    [InlineData("import=winkels")]
    [InlineData("history=1")]
    [InlineData("--version")]
    public void Anything_else_is_refused_with_exit_2_and_starts_nothing(params string[] args)
    {
        var error = new StringWriter();

        Assert.True(CommandLine.IsCommand(args));
        Assert.Equal(2, CommandLine.Run(args, new StringWriter(), error, _install.Clock));
        Assert.Contains("Er is niets gestart of veranderd.", error.ToString());
    }

    [Fact]
    public void A_database_option_without_a_command_says_it_belongs_to_one()
    {
        var error = new StringWriter();

        Assert.Equal(2, CommandLine.Run(["--db", "/srv/impact.db"], new StringWriter(), error, _install.Clock));
        Assert.StartsWith("--db hoort bij een opdracht, bijvoorbeeld: history --db <pad>.", error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("/?")]
    [InlineData("help")]
    public void Asking_for_help_prints_the_usage_and_exits_0(string word)
    {
        var output = new StringWriter();

        Assert.True(CommandLine.IsCommand([word]));
        Assert.Equal(0, CommandLine.Run([word], output, new StringWriter(), _install.Clock));
        Assert.Contains("Gebruik:", output.ToString());
    }

    [Theory]
    [InlineData("history")]
    [InlineData("undo", "1")]
    [InlineData("erase", "--org", "Kringloop Aan de Maas", "--participant", "A-1")]
    [InlineData("demo", "--remove")]
    [InlineData("indicators")]
    [InlineData("export", "csv", "--view", "overzicht", "--out", "x.csv")]
    public void A_command_on_a_database_that_does_not_exist_is_refused_and_creates_none(params string[] args)
    {
        var missing = Path.Combine(_install.Folder, "verkeerd", "impact.db");
        var error = new StringWriter();

        var exit = CommandLine.Run([.. args, "--db", missing], new StringWriter(), error, _install.Clock);

        Assert.Equal(1, exit);
        Assert.StartsWith($"Er is geen database op {missing}.", error.ToString());
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    public void Dispose() => _install.Dispose();
}
