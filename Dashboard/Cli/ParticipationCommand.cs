using Dashboard.Data.Administration;
using Dashboard.Data.Sector;

namespace Dashboard.Cli;

/// <summary>
/// `deelname aan|uit --org naam` (docs/sector.md#deelname): switches an organisation's taking part in the sector on or
/// off, audited as the command line. An unknown organisation is refused (exit 1), nothing changed.
/// </summary>
public static class ParticipationCommand
{
    public static int Run(string[] args, TextWriter output, TimeProvider? clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--db", "--org" }, new HashSet<string>());
        if (arguments.Positional.Count != 1 || arguments.Positional[0] is not ("aan" or "uit"))
        {
            throw new UsageException("deelname heeft aan of uit nodig, en --org <naam>.");
        }
        var name = arguments.Option("--org") is { Length: > 0 } org ? org.Trim() : throw new UsageException("deelname heeft --org <naam> nodig.");
        var takesPart = arguments.Positional[0] == "aan";
        using var core = CommandLine.Core(arguments, clock);
        var organisation = core.GetRequiredService<SectorStore>().Organisation(name)
                           ?? throw new CommandRefusedException(SectorService.UnknownOrganisation(name));
        var changed = core.GetRequiredService<SectorService>().SetTakesPart(Actor.CommandLine, organisation.Id, takesPart);
        output.WriteLine((takesPart, changed) switch
        {
            (true, true) => $"{organisation.Name} doet nu mee met de sector: de sectorvergelijking en de lijst van goede praktijken.",
            (false, true) => $"{organisation.Name} doet niet meer mee met de sector.",
            (true, false) => $"{organisation.Name} deed al mee met de sector; er is niets veranderd.",
            (false, false) => $"{organisation.Name} deed al niet mee met de sector; er is niets veranderd.",
        });
        return 0;
    }
}
