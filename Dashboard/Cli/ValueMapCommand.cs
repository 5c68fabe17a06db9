using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports.SocialValue;

namespace Dashboard.Cli;

/// <summary>
/// `waardekaart import bestand [--disconteringsvoet pct --disconteringsvoet-bron tekst]` and `waardekaart export bestand`
/// (docs/maatschappelijke-waarde.md#waardekaart): the value map as a CSV file, for scripted set-up. Importing replaces the
/// whole map and confirms it, or with any problem in the file changes nothing and lists each problem with its row and column.
/// </summary>
public static class ValueMapCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db", "--disconteringsvoet", "--disconteringsvoet-bron" }, new HashSet<string>());
        if (arguments.Positional.Count != 2 || arguments.Positional[0] is not ("import" or "export"))
        {
            throw new UsageException("waardekaart heeft import <bestand> of export <bestand> nodig.");
        }
        var file = Path.GetFullPath(arguments.Positional[1]);
        return arguments.Positional[0] == "import" ? Import(arguments, file, output, error, clock) : Export(arguments, file, output, clock);
    }

    private static int Import(CliArguments arguments, string file, TextWriter output, TextWriter error, TimeProvider? clock)
    {
        if (!File.Exists(file))
        {
            throw new UsageException($"Bestand niet gevonden of niet leesbaar voor deze gebruiker: {file}");
        }
        decimal? rate = arguments.Option("--disconteringsvoet") is { } given
            ? decimal.TryParse(given.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed
                : throw new UsageException($"--disconteringsvoet is een percentage, bijvoorbeeld 2,25 (niet '{given}').")
            : null;
        var rateSource = arguments.Option("--disconteringsvoet-bron");
        if (rate is null != rateSource is null)
        {
            // A rate and its source go together: a new rate under the old rate's source would cite a source that says otherwise.
            throw new UsageException("--disconteringsvoet en --disconteringsvoet-bron horen bij elkaar: geef beide, of geen van beide.");
        }
        using var core = CommandLine.Core(arguments, clock);
        var (map, report) = core.GetRequiredService<ValueMapFiles>().Import(Actor.CommandLine, file, Path.GetFileName(file),
            rate is { } pct ? (pct, rateSource!) : null);
        if (map is null)
        {
            foreach (var line in report.Lines())
            {
                error.WriteLine(line);
            }
            return 1;
        }
        output.WriteLine(string.Create(CultureInfo.GetCultureInfo("nl-NL"),
            $"{Path.GetFileName(file)}: waardekaart geïmporteerd — {Dutch.Count(map.Rows.Count, "regel", "regels")}, disconteringsvoet {map.DiscountRatePct} %. ") +
            (map.IsConfirmed ? "De kaart is bevestigd: geen voorbeeldwaarden meer."
                : $"De kaart is niet bevestigd: {Dutch.Count(map.RowsWithExampleSources().Count(), "bron is", "bronnen zijn")} nog een voorbeeldwaarde."));
        return 0;
    }

    private static int Export(CliArguments arguments, string file, TextWriter output, TimeProvider? clock)
    {
        using var core = CommandLine.Core(arguments, clock);
        var map = core.GetRequiredService<ValueMapService>().Load();
        File.WriteAllBytes(file, core.GetRequiredService<ValueMapFiles>().Export());
        output.WriteLine($"{Dutch.Count(map.Rows.Count, "regel", "regels")} van de waardekaart geschreven naar {file}" +
                         (map.IsConfirmed ? "." : " (voorbeeldwaarden: de kaart is nog niet bevestigd)."));
        return 0;
    }
}
