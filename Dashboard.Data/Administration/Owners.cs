using Dashboard.Data.Storage;

namespace Dashboard.Data.Administration;

/// <summary>
/// The organisation a practice belongs to, and how organisations and practices are named in an audit line: what an
/// action service needs to check a scope on the database itself, whatever a page sends.
/// </summary>
public sealed class Owners(Database database)
{
    /// <summary>The practice's organisation, path ("WINKEL/PRAKTIJK") and label as the targets form shows it; null when there is no such practice.</summary>
    public (long OrganisationId, string Path, string Label)? Practice(long practiceId)
    {
        using var connection = database.Open();
        return connection.Query(
            "SELECT s.organisation_id, s.code || '/' || p.code, p.name, s.name FROM practices p JOIN stores s ON s.id = p.store_id WHERE p.id = @id",
            r => ((long OrganisationId, string Path, string Label)?)(r.GetInt64(0), r.GetString(1), $"{r.GetString(2)} — {r.GetString(3)} ({r.GetString(1)})"),
            null, ("@id", practiceId)).FirstOrDefault();
    }

    /// <summary>The organisation's name; null when there is no such organisation.</summary>
    public string? Organisation(long organisationId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT name FROM organisations WHERE id = @id", r => r.GetString(0), null, ("@id", organisationId)).FirstOrDefault();
    }
}
