using Dashboard.Data.Imports.Certificates;
using Dashboard.Data.Imports.FollowUps;
using Dashboard.Data.Imports.Investments;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Imports.Stores;
using Dashboard.Data.Imports.Trajectories;

namespace Dashboard.Data.Imports;

/// <summary>The columns of each kind of file, in template order, and guessing a file's kind from its headers.</summary>
public static class ImportLayouts
{
    public static IReadOnlyList<ImportColumn> Columns(ImportKind kind) => kind switch
    {
        ImportKind.Winkels => StoreImport.Columns,
        ImportKind.Deelnemers => TrajectoryImport.Columns,
        ImportKind.Certificaten => CertificateImport.Columns,
        ImportKind.Verkopen => SalesImport.Columns,
        ImportKind.Investeringen => InvestmentImport.Columns,
        ImportKind.Nametingen => FollowUpImport.Columns,
    };

    /// <summary>The kind whose required columns the headers name all of; null when none or several fit.</summary>
    public static ImportKind? Guess(IReadOnlyList<string> headers)
    {
        var fits = Enum.GetValues<ImportKind>()
            .Where(k => HeaderMap.RequiredColumnsPresent(headers, Columns(k)) == Columns(k).Count(c => c.Required))
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    internal static FileImport Create(ImportKind kind, ImportContext context) => kind switch
    {
        ImportKind.Winkels => new StoreImport(context),
        ImportKind.Deelnemers => new TrajectoryImport(context),
        ImportKind.Certificaten => new CertificateImport(context),
        ImportKind.Verkopen => new SalesImport(context),
        ImportKind.Investeringen => new InvestmentImport(context),
        ImportKind.Nametingen => new FollowUpImport(context),
    };
}
