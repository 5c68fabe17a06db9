using Dashboard.Data.Imports.Certificates;
using Dashboard.Data.Imports.FollowUps;
using Dashboard.Data.Imports.Investments;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Imports.Stores;
using Dashboard.Data.Imports.Trajectories;

namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// The one example row of each template, which must import as it comes into the installation it was made
/// for: it refers to the example's practice, and its dates are today or earlier this month.
/// </summary>
internal static class ExampleRow
{
    /// <summary>Letters and digits: never nine digits alone, which would be refused as a possible BSN.</summary>
    public const string Participant = "VOORBEELD-001";

    /// <summary>The row's fields in template order; a column the example leaves open is empty.</summary>
    public static IReadOnlyList<TemplateCell> For(ImportKind kind, TemplateExample example)
    {
        var values = kind switch
        {
            ImportKind.Winkels => Store(example.StoreRow),
            ImportKind.Deelnemers => Trajectory(example),
            ImportKind.Certificaten => Certificate(example),
            ImportKind.Verkopen => Sale(example),
            ImportKind.Investeringen => Investment(example),
            ImportKind.Nametingen => FollowUp(example),
        };
        var columns = ImportLayouts.Columns(kind);
        if (values.Keys.Any(c => !columns.Contains(c)))
        {
            throw new InvalidOperationException($"the example of {kind.Name()} fills a column it does not have");
        }
        return columns.Select(c => values.GetValueOrDefault(c)).ToList();
    }

    private static Dictionary<ImportColumn, TemplateCell> Store(ExamplePractice store) => new()
    {
        [StoreImport.Organisation] = TemplateCell.Of(store.Organisation),
        [StoreImport.Store] = TemplateCell.Of(store.StoreCode),
        [StoreImport.StoreName] = TemplateCell.Of(store.StoreName),
        [StoreImport.City] = TemplateCell.Of(store.City),
        [StoreImport.Practice] = TemplateCell.Of(store.PracticeCode),
        [StoreImport.PracticeName] = TemplateCell.Of(store.PracticeName),
        [StoreImport.Kind] = TemplateCell.Of(store.Kind),
        [StoreImport.FloorArea] = TemplateCell.Of(store.FloorAreaM2),
    };

    private static Dictionary<ImportColumn, TemplateCell> Trajectory(TemplateExample example) => new()
    {
        [TrajectoryImport.Participant] = TemplateCell.Of(Participant),
        [TrajectoryImport.Store] = TemplateCell.Of(example.Place.StoreCode),
        [TrajectoryImport.Practice] = TemplateCell.Of(example.Place.PracticeCode),
        [TrajectoryImport.TargetGroup] = TemplateCell.Of("zonder_werk"),
        [TrajectoryImport.AgeGroup] = TemplateCell.Of("27tot50"),
        [TrajectoryImport.Scheme] = TemplateCell.Of("participatiewet"),
        [TrajectoryImport.TrajectoryType] = TemplateCell.Of("werkervaring"),
        // Still running: a running trajectory has neither an end date nor an outcome.
        [TrajectoryImport.StartDate] = TemplateCell.Of(new DateOnly(example.Today.Year, example.Today.Month, 1)),
        [TrajectoryImport.HoursPerWeek] = TemplateCell.Of(24m),
        [TrajectoryImport.LadderStart] = TemplateCell.Of(3m),
    };

    private static Dictionary<ImportColumn, TemplateCell> Certificate(TemplateExample example) => new()
    {
        [CertificateImport.Participant] = TemplateCell.Of(Participant),
        [CertificateImport.Store] = TemplateCell.Of(example.Place.StoreCode),
        [CertificateImport.Practice] = TemplateCell.Of(example.Place.PracticeCode),
        [CertificateImport.Date] = TemplateCell.Of(example.Today),
        [CertificateImport.Kind] = TemplateCell.Of("branchecertificaat"),
        [CertificateImport.Name] = TemplateCell.Of("VCA"),
    };

    /// <summary>
    /// The start of the trajectory the example follow-up belongs to: the first of the month a year and a half ago, long
    /// before the example trajectory of the `deelnemers` template, which is still running.
    /// </summary>
    public static DateOnly FollowedTrajectoryStart(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-18);

    /// <summary>
    /// A follow-up of today, of the example participant's trajectory that started <see cref="FollowedTrajectoryStart"/>: it
    /// imports once that trajectory is stored and ended before today, as every follow-up needs (docs/importbestanden.md#nametingen).
    /// </summary>
    private static Dictionary<ImportColumn, TemplateCell> FollowUp(TemplateExample example) => new()
    {
        [FollowUpImport.Participant] = TemplateCell.Of(Participant),
        [FollowUpImport.Store] = TemplateCell.Of(example.Place.StoreCode),
        [FollowUpImport.Practice] = TemplateCell.Of(example.Place.PracticeCode),
        [FollowUpImport.StartDate] = TemplateCell.Of(FollowedTrajectoryStart(example.Today)),
        [FollowUpImport.Date] = TemplateCell.Of(example.Today),
        [FollowUpImport.Situation] = TemplateCell.Of("betaald_werk"),
    };

    /// <summary>The municipality's money of this year: no stored investment lies after it.</summary>
    private static Dictionary<ImportColumn, TemplateCell> Investment(TemplateExample example) => new()
    {
        [InvestmentImport.Store] = TemplateCell.Of(example.Place.StoreCode),
        [InvestmentImport.Practice] = TemplateCell.Of(example.Place.PracticeCode),
        [InvestmentImport.Year] = TemplateCell.Of((decimal)example.Today.Year),
        [InvestmentImport.Amount] = TemplateCell.Of(12500m, decimals: 2),
        [InvestmentImport.Funder] = TemplateCell.Of("gemeente"),
        [InvestmentImport.Description] = TemplateCell.Of("Subsidie participatie"),
    };

    /// <summary>
    /// A sale of today: an installation's stored sales end earlier, and a sale that overlapped them would be refused.
    /// The category fits what the practice does; food and drink has no weight of goods.
    /// </summary>
    private static Dictionary<ImportColumn, TemplateCell> Sale(TemplateExample example)
    {
        var category = example.Place.Kind switch
        {
            "winkel" or "textiel" => "kleding_textiel",
            "horeca" => "horeca",
            "fietsen" => "fietsen",
            "meubels" => "meubels",
            "elektra" => "elektra",
            _ => "huisraad",
        };
        return new()
        {
            [SalesImport.Date] = TemplateCell.Of(example.Today),
            [SalesImport.Store] = TemplateCell.Of(example.Place.StoreCode),
            [SalesImport.Practice] = TemplateCell.Of(example.Place.PracticeCode),
            [SalesImport.Category] = TemplateCell.Of(category),
            [SalesImport.Revenue] = TemplateCell.Of(12.50m, decimals: 2),
            [SalesImport.Items] = TemplateCell.Of(3m),
            [SalesImport.Weight] = TemplateCell.Of(category == "horeca" ? null : 2.5m),
            [SalesImport.Transactions] = TemplateCell.Of(1m),
        };
    }
}
