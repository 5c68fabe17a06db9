using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Exports;
using Dashboard.Filtering;
using Dashboard.Tests.Exports;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /export/… on installations whose names an import refuses now (<see cref="PlantedNames"/>): names of 10,000
/// characters, and names with a bell and a right-to-left override. Every view downloads in every format within the
/// export's time budget — the request is cancelled when it runs over — where long names used to time out while a core
/// stayed busy, and the bell made every SVG answer 500.
/// </summary>
public sealed class PlantedNameDownloadTests(LongNames longNames, ControlCharacterNames controlCharacters)
    : IClassFixture<LongNames>, IClassFixture<ControlCharacterNames>, IDisposable
{
    private readonly Dictionary<string, DashboardFactory> _factories = [];

    public static TheoryData<string, ExportView, ExportFormat> EveryExportOfEachInstallation()
    {
        var data = new TheoryData<string, ExportView, ExportFormat>();
        foreach (var names in new[] { nameof(LongNames), nameof(ControlCharacterNames) })
        {
            foreach (var export in LongNameExportTests.EveryExport())
            {
                data.Add(names, (ExportView)export[0], (ExportFormat)export[1]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryExportOfEachInstallation))]
    public async Task Every_view_downloads_in_every_format_within_the_budget(string names, ExportView view, ExportFormat format)
    {
        var client = await Factory(names).SignedIn(Role.Beheerder);
        var filter = view switch
        {
            ExportView.Overzicht or ExportView.Sector => new NamedFilter { Period = Period.Year(2025), Stores = ["AAN"] },
            ExportView.Praktijk => new NamedFilter { Period = Period.Year(2025), Practices = ["AAN/REST"] },
            _ => new NamedFilter { Period = Period.Year(2025) },
        };
        var query = new DashboardQuery(filter, false, new Dictionary<string, string>());
        var (viewName, formatName) = (view.ToString().ToLowerInvariant(), format.ToString().ToLowerInvariant());
        // Word is the funder report, at a link of its own.
        var link = "/" + (format == ExportFormat.Docx ? ExportEndpoints.ReportLink(viewName, formatName, query) : ExportEndpoints.Link(viewName, null, formatName, query));

        using var budget = new CancellationTokenSource(LongNameExportTests.Budget);
        // The in-memory server gives a cancelled request up only when the app does: the test stops waiting at once.
        using var response = await client.GetAsync(link, budget.Token).WaitAsync(budget.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ExportedFile.Open(format, await response.Content.ReadAsByteArrayAsync(budget.Token)));
    }

    private DashboardFactory Factory(string names)
    {
        if (!_factories.TryGetValue(names, out var factory))
        {
            PlantedNames planted = names == nameof(LongNames) ? longNames : controlCharacters;
            _factories[names] = factory = new DashboardFactory(planted.Installation);
        }
        return factory;
    }

    public void Dispose()
    {
        foreach (var factory in _factories.Values)
        {
            factory.Dispose();
        }
    }
}
