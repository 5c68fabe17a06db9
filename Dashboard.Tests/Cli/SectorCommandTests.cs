using System.Text;
using Dashboard.Cli;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `sector` (docs/sector.md#sectorvergelijking): one organisation among the others that take part, as one CSV row worked out
/// by hand; the reason and exit code 1 where there is nothing to compare.
/// </summary>
public sealed class SectorCommandTests : IDisposable
{
    private readonly TestInstallation _install = new();

    /// <summary>Organisations "Org 1" … "Org <paramref name="count"/>", each with a restaurant; Org i has 5 + i participants active all of 2025.</summary>
    private void Organisations(int count, bool takePart = true)
    {
        var stores = new StringBuilder("organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort;vloeroppervlak_m2\n");
        var trajectories = new StringBuilder("deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom;ladder_start;ladder_eind\n");
        for (var i = 1; i <= count; i++)
        {
            stores.Append($"Org {i};S{i};Winkel {i};REST;Restaurant {i};horeca;500\n");
            for (var p = 0; p < 5 + i; p++)
            {
                trajectories.Append($"D{i}-{p};S{i};REST;arbeidsbeperking;werkervaring;01-06-2024;;20;;;\n");
            }
        }
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, "winkels.csv", stores.ToString()));
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, "deelnemers.csv", trajectories.ToString()));
        if (takePart)
        {
            using var connection = _install.Database.Open();
            using var transaction = connection.BeginWrite();
            connection.Execute("UPDATE organisations SET takes_part = 1", transaction);
            DataVersion.Bump(connection, transaction);
            transaction.Commit();
        }
    }

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["sector", .. args, "--db", _install.Database.Path], output, error, _install.Clock);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public void One_row_gives_the_others_quartiles_and_the_own_quarter()
    {
        Organisations(9);

        var (exit, output, _) = Run("--indicator", "P1", "--org", "Org 1", "--van", "01-01-2025", "--tot", "31-12-2025", "--exact");

        // The others have 7 … 14 participants: p25 at 7 × 0,25 = 1,75 → 8 + 0,75; median at 3,5 → 10,5; p75 at 5,25 → 12 + 0,25.
        // Org 1's 6 is in the first quarter.
        Assert.Equal(0, exit);
        Assert.Equal("indicator;organisaties;p25;mediaan;p75;eigen_waarde;kwart;status\nP1;8;8,75;10,5;12,25;6;1;ok\n", output);
    }

    [Fact]
    public void Seven_organisations_are_too_few_and_say_so()
    {
        Organisations(7);

        var (exit, output, error) = Run("--indicator", "P1", "--org", "Org 1", "--exact");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("Te weinig organisaties voor een vergelijking", error);
    }

    [Fact]
    public void An_organisation_that_does_not_take_part_sees_nothing()
    {
        Organisations(9, takePart: false);

        var (exit, output, error) = Run("--indicator", "P1", "--org", "Org 1");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("Org 1 doet niet mee aan de sectorvergelijking", error);
    }

    [Theory]
    [InlineData("--indicator", "W3", "--org", "Org 1")]
    [InlineData("--indicator", "P1")]
    [InlineData("--org", "Org 1")]
    public void The_social_value_and_a_missing_option_are_wrong_usage(params string[] args)
    {
        Organisations(9);

        Assert.Equal(2, Run(args).Exit);
    }

    public void Dispose() => _install.Dispose();
}
