using System.Data.Common;
using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Hosting;

namespace Dashboard.Cli;

/// <summary>
/// The administrators' command line, in the same executable as the server (docs/installatie-en-beheer.md#opdrachtregel):
/// import, history, undo, erase, demo, indicators, sector, export, rapport, backup, restore, waardekaart and deelname. Exit codes: 0 done, 1 refused (nothing changed), 2 wrong usage.
/// The command line is the server operator's: it is never limited by a user's scope.
/// </summary>
public static class CommandLine
{
    public const string Usage =
        """
        Gebruik:
          dotnet run --project Dashboard                      start de webserver
          dotnet run --project Dashboard -- import <winkels|deelnemers|certificaten|verkopen|investeringen|nametingen> <bestand> [--replace] [--db <pad>]
          dotnet run --project Dashboard -- history [--db <pad>]
          dotnet run --project Dashboard -- undo <import-nummer> [--db <pad>]
          dotnet run --project Dashboard -- erase --org <naam> --participant <code> [--db <pad>]
            wist een deelnemer (AVG-verzoek): alle trajecten (met hun nametingen) en certificaten van die code bij die organisatie
          dotnet run --project Dashboard -- demo --out <map> [--scale <n>] [--seed <n>]
          dotnet run --project Dashboard -- demo --remove [--db <pad>]
          dotnet run --project Dashboard -- indicators [--van <datum> --tot <datum>] [--by <dimensie>] [--org <naam>]…
                [--winkel <codes>] [--soort <soorten>] [--praktijk <WINKEL/PRAKTIJK,…>] [--doelgroep <codes>]
                [--leeftijdsgroep <codes>] [--traject <codes>] [--regeling <codes>] [--exact] [--csv nl|en] [--db <pad>]
            dimensies: org, winkel, praktijk, soort, doelgroep, leeftijdsgroep, traject, regeling, uitstroom,
                       certificaatsoort, maand, kwartaal, jaar; voor de maatschappelijke waarde ook belanghebbende,
                       waarderegel (W1, W4) en financier (W2)
          dotnet run --project Dashboard -- sector --indicator <code> --org <naam> [--van <datum> --tot <datum>] [--soort <soort>]
                [--csv nl|en] [--exact] [--db <pad>]
            de organisatie tussen de andere deelnemende organisaties: hun aantal, p25, mediaan, p75, eigen waarde en kwart
          dotnet run --project Dashboard -- export <png|svg|xlsx|csv|pdf> --view <overzicht|praktijk|vergelijken> --out <bestand>
                [--chart <grafiek>] [--indicator <code>] [--per deelnemer|uren|m2] [--size screen|2x|print] [--csv nl|en]
                [--lang nl|en] [dezelfde filteropties als indicators] [--exact] [--db <pad>]
            grafieken van praktijk: trechter, deelnemers, uren, doelgroep, leeftijdsgroep, traject, uitstroom
            pdf: de factsheet van overzicht (één organisatie) of praktijk (één --soort of één --praktijk)
          dotnet run --project Dashboard -- rapport --org <naam> | --soort <soort> | --praktijk <WINKEL/PRAKTIJK> [--van <datum> --tot <datum>]
                --format docx|pdf --out <bestand> [--lang nl|en] [--db <pad>]
            het rapport voor een fonds: samenvatting, veranderingstheorie, kerncijfers, grafieken, maatschappelijke waarde,
            sector, verhalen en verantwoording; altijd met kleine aantallen afgeschermd
          dotnet run --project Dashboard -- backup --out <nieuwe map> [--db <pad>]     ook terwijl de server draait
          dotnet run --project Dashboard -- restore --from <map> [--db <pad>]          alleen met de server gestopt
          dotnet run --project Dashboard -- waardekaart import <bestand> [--disconteringsvoet <pct> --disconteringsvoet-bron <tekst>] [--db <pad>]
          dotnet run --project Dashboard -- waardekaart export <bestand> [--db <pad>]
            de waardekaart van de maatschappelijke waarde als CSV; importeren vervangt de hele kaart en bevestigt hem
            (niet zolang er nog voorbeeldbronnen in staan)
          dotnet run --project Dashboard -- deelname <aan|uit> --org <naam> [--db <pad>]
            of een organisatie meedoet met de sector: de sectorvergelijking en de lijst van goede praktijken
          --db <pad>: het databasebestand, of op PostgreSQL de verbinding, bijvoorbeeld "Host=db1;Database=impact;Username=impact"
        """;

    private static readonly string[] Commands = ["import", "history", "undo", "erase", "demo", "indicators", "sector", "export", "rapport", "backup", "restore", "waardekaart", "deelname"];

    /// <summary>Whether the arguments are for the command line rather than the web server (see <see cref="ServerArguments"/>).</summary>
    public static bool IsCommand(string[] args) => ServerArguments.FirstNotASetting(args) is not null;

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        try
        {
            return args[0] switch
            {
                "import" => Import(args[1..], output, error, clock),
                "history" => History(args[1..], output),
                "undo" => Undo(args[1..], output, error, clock),
                "erase" => Erase(args[1..], output, error, clock),
                "demo" => Demo(args[1..], output, error),
                "indicators" => IndicatorsCommand.Run(args[1..], output, error, clock ?? TimeProvider.System),
                "sector" => SectorCommand.Run(args[1..], output, error, clock ?? TimeProvider.System),
                "export" => ExportCommand.Run(args[1..], output, error, clock ?? TimeProvider.System),
                "rapport" => ReportCommand.Run(args[1..], output, error, clock ?? TimeProvider.System),
                "backup" => BackupCommand.Backup(args[1..], output, error, clock ?? TimeProvider.System),
                "restore" => BackupCommand.Restore(args[1..], output, error, clock ?? TimeProvider.System),
                "waardekaart" => ValueMapCommand.Run(args[1..], output, error, clock),
                "deelname" => ParticipationCommand.Run(args[1..], output, clock),
                var word when ServerArguments.AskForHelp(word) => Help(output),
                _ => throw new UsageException(Unknown(ServerArguments.FirstNotASetting(args) ?? args[0])),
            };
        }
        catch (UsageException usage)
        {
            error.WriteLine(usage.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (InstallationSettingsException setting)
        {
            error.WriteLine(setting.Message + " Er is niets gestart of veranderd.");
            return 2;
        }
        catch (ValueMapChangedException changed)
        {
            error.WriteLine(changed.Message);
            return 1;
        }
        catch (DatabaseTooNewException newer)
        {
            error.WriteLine(newer.Message);
            return 1;
        }
        catch (CommandRefusedException refused)
        {
            error.WriteLine(refused.Message);
            return 1;
        }
        catch (DbException failed) when (StorageFailure.Describe(failed, DatabaseLocation(args)) is { } message)
        {
            error.WriteLine(message);
            return 1;
        }
        catch (UnauthorizedAccessException denied)
        {
            // On a server the data folder belongs to the service's user (README, "In productie").
            error.WriteLine($"Geen toegang: {denied.Message} Voer de opdracht uit als de gebruiker van de server " +
                            "(bijvoorbeeld sudo -u impactdashboard …) en geef de database met --db. Er is niets veranderd.");
            return 1;
        }
    }

    private static string DatabaseLocation(string[] args) =>
        InstallationPaths.From(Configuration(), args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault()).Location;

    private static string Unknown(string word) =>
        Commands.Contains(word) ? $"De opdracht '{word}' komt vooraan, vóór de opties. Er is niets gestart of veranderd."
        : word.TrimStart('-', '/') == "db" ? "--db hoort bij een opdracht, bijvoorbeeld: history --db <pad>. Er is niets gestart of veranderd."
        : word.StartsWith('-') || word.StartsWith('/') || word.Contains('=')
            ? $"Onbekende opdracht of instelling '{Ellipsis.Shorten(word, 40)}'. Er is niets gestart of veranderd."
            : $"Onbekende opdracht '{Ellipsis.Shorten(word, 40)}' (bedoelt u '{new CodeList("opdracht", Commands).Nearest(word)}'?). Er is niets gestart of veranderd.";

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private static int Import(string[] args, TextWriter output, TextWriter error, TimeProvider? clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db" }, new HashSet<string> { "--replace" });
        if (arguments.Positional.Count != 2)
        {
            throw new UsageException("import heeft een soort en een bestand nodig.");
        }
        var kind = ImportKinds.Parse(arguments.Positional[0])
                   ?? throw new UsageException($"Onbekende soort '{arguments.Positional[0]}': kies winkels, deelnemers, certificaten, verkopen, investeringen of nametingen.");
        var replace = arguments.Flag("--replace");
        if (replace && !kind.AllowsReplace())
        {
            throw new UsageException("--replace kan niet bij winkels: importeer het winkelbestand gewoon opnieuw om het bij te werken.");
        }
        var file = Path.GetFullPath(arguments.Positional[1]);
        if (!File.Exists(file))
        {
            throw new UsageException($"Bestand niet gevonden of niet leesbaar voor deze gebruiker: {file}");
        }
        using var core = Core(arguments, clock, mayCreate: true);
        var outcome = core.GetRequiredService<ImportService>().Import(Actor.CommandLine, new ImportRequest(kind, file, Replace: replace));
        if (!outcome.Succeeded)
        {
            foreach (var line in outcome.Report.Lines())
            {
                error.WriteLine(line);
            }
            return 1;
        }
        output.WriteLine($"{Path.GetFileName(file)}: geïmporteerd als import {outcome.BatchId} — {outcome.Summary!.Description}.");
        foreach (var warning in outcome.Report.Warnings)
        {
            error.WriteLine("Let op: " + warning);
        }
        return 0;
    }

    private static int History(string[] args, TextWriter output)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db" }, new HashSet<string>());
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("history heeft geen verdere argumenten.");
        }
        var (database, _) = Open(arguments);
        var batches = new ImportHistory(database).List();
        if (batches.Count == 0)
        {
            output.WriteLine("Er is nog niets geïmporteerd.");
            return 0;
        }
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        output.WriteLine($"{"nr",5}  {"soort",-13}  {"geïmporteerd",-16}  {"rijen",9}  {"status",-24}  bestand");
        foreach (var b in batches)
        {
            var status = b.IsUndone ? $"ongedaan {b.UndoneAt:dd-MM-yyyy}" : b.Replaced ? "vervangen" : "geïmporteerd";
            output.WriteLine(
                $"{b.Id,5}  {b.Kind.Name(),-13}  {b.ImportedAt.ToString("dd-MM-yyyy HH:mm", nl),-16}  {b.Rows.ToString("N0", nl),9}  {status,-24}  {b.FileName}");
        }
        return 0;
    }

    private static int Undo(string[] args, TextWriter output, TextWriter error, TimeProvider? clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db" }, new HashSet<string>());
        if (arguments.Positional.Count != 1 || !long.TryParse(arguments.Positional[0], out var batchId))
        {
            throw new UsageException("undo heeft één importnummer nodig (zie history).");
        }
        using var core = Core(arguments, clock);
        var outcome = core.GetRequiredService<ImportService>().Undo(Actor.CommandLine, batchId);
        (outcome.Succeeded ? output : error).WriteLine(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }

    private static int Erase(string[] args, TextWriter output, TextWriter error, TimeProvider? clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db", "--org", "--participant" }, new HashSet<string>());
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("erase heeft alleen --org <naam> en --participant <code> nodig.");
        }
        var organisation = arguments.Option("--org") is { Length: > 0 } org ? org : throw new UsageException("erase heeft --org <naam> nodig.");
        var code = arguments.Option("--participant") is { Length: > 0 } given ? given : throw new UsageException("erase heeft --participant <code> nodig.");
        using var core = Core(arguments, clock);
        var outcome = core.GetRequiredService<ErasureService>().Erase(Actor.CommandLine, organisation, code);
        (outcome.Succeeded ? output : error).WriteLine(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }

    private static int Demo(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db", "--out", "--scale", "--seed" }, new HashSet<string> { "--remove" });
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("demo heeft --out <map> of --remove nodig.");
        }
        if (arguments.Flag("--remove"))
        {
            if (arguments.Option("--out") is not null)
            {
                throw new UsageException("Kies --out of --remove, niet beide.");
            }
            using var core = Core(arguments, null);
            var removed = core.GetRequiredService<DemoService>().Remove(Actor.CommandLine);
            output.WriteLine(removed == 0
                ? "Er stond geen demosector in de database."
                : $"De demosector is verwijderd: {removed} organisaties met hun winkels, trajecten, nametingen, certificaten, verkopen en investeringen.");
            return 0;
        }
        var folder = arguments.Option("--out") ?? throw new UsageException("demo heeft --out <map> of --remove nodig.");
        var scale = PositiveNumber(arguments.Option("--scale"), "--scale", 1);
        var seed = PositiveNumber(arguments.Option("--seed"), "--seed", DemoSectorGenerator.DefaultSeed);
        var files = DemoSectorGenerator.Write(Path.GetFullPath(folder), scale, seed);
        output.WriteLine($"{files.Count} demobestanden geschreven in {Path.GetFullPath(folder)}.");
        return 0;
    }

    private static int PositiveNumber(string? text, string option, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{option} moet een positief geheel getal zijn.");
    }

    /// <summary>
    /// The database of `--db` or the configuration, migrated when needed. Only an import may create it (the first data of
    /// a new installation); any other command refuses a database that does not exist, rather than answering from a new,
    /// empty one — a forgotten or mistyped `--db` would otherwise look like an installation without data.
    /// </summary>
    internal static (Database Database, InstallationPaths Paths) Open(CliArguments arguments, bool mayCreate = false)
    {
        var paths = InstallationPaths.From(Configuration(), arguments.Option("--db"));
        if (paths.PostgreSql is null && !mayCreate && !Path.Exists(paths.DatabaseFile))
        {
            throw new CommandRefusedException(
                $"Er is geen database op {paths.DatabaseFile}. Geef de database van de installatie met --db <pad> " +
                "(of ConnectionStrings__Impact). Er is niets gemaakt of veranderd.");
        }
        var database = paths.Files.Database();
        database.Migrate();
        return (database, paths);
    }

    /// <summary>
    /// The core's services on the database of <see cref="Open"/>, as the web app has them (without any of ASP.NET Core):
    /// an action is checked and audited the same way from both.
    /// </summary>
    internal static ServiceProvider Core(CliArguments arguments, TimeProvider? clock, bool mayCreate = false)
    {
        var (_, paths) = Open(arguments, mayCreate);
        return Core(paths, clock, ImportSettings.Limits(Configuration()));
    }

    /// <summary>
    /// The core on these files, not opened: a backup or restore reads and checks them itself, and imports nothing, so it
    /// passes the default limits rather than stop on a wrong setting of the importer.
    /// </summary>
    internal static ServiceProvider Core(InstallationPaths paths, TimeProvider? clock, ImportLimits limits) =>
        new ServiceCollection().AddImpactCore(paths.Files, limits, clock ?? TimeProvider.System).BuildServiceProvider();

    internal static IConfiguration Configuration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                          ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
