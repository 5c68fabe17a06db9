using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Imports.SocialValue;

/// <summary>
/// The one door for the value map's file (docs/maatschappelijke-waarde.md#waardekaart), for the command line and the
/// settings page alike: importing replaces the whole map and confirms it (not while a source is still an example value) —
/// or, with any problem in the file, changes nothing and returns the report with each problem's row and column; exporting
/// writes what importing reads back.
/// </summary>
public sealed class ValueMapFiles(ValueMapService maps, AuditLog audit)
{
    public (ValueMap? Map, ValidationReport Report) Import(Actor actor, string path, string displayName,
        (decimal Pct, string Source)? discountRate = null, CultureInfo? culture = null)
    {
        actor.Require(v => v.CanEditSettings);
        var (rows, report) = ValueMapFile.Read(path, culture);
        if (rows is not null)
        {
            try
            {
                return (maps.Replace(actor, rows, discountRate, displayName), report);
            }
            catch (InvalidFieldsException invalid)
            {
                // What only the map as a whole shows: the discount rate given beside the file.
                foreach (var problem in invalid.Problems)
                {
                    report.Add(new ImportProblem(0, null, null, "ongeldig", problem.Message(report.Culture)));
                }
            }
        }
        audit.Write(actor, new AuditLine(AuditWordings.ValueMapImportRefused, ("file", displayName), ("problems", report.ProblemCount)));
        return (null, report);
    }

    /// <summary>The map as a CSV file that <see cref="Import"/> reads back.</summary>
    public byte[] Export() => ValueMapFile.Write(maps.Load());
}
