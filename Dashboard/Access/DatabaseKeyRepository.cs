using System.Xml.Linq;
using Dashboard.Data.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Dashboard.Access;

/// <summary>
/// The keys that sign login cookies and antiforgery tokens, kept in the database (table data_protection_keys) so that every
/// web server of a PostgreSQL installation reads the same keys: a login on one is valid on the others
/// (docs/installatie-en-beheer.md#postgresql). ASP.NET Core encrypts nothing here; the database's own access control guards it.
/// </summary>
public sealed class DatabaseKeyRepository(Database database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query("SELECT xml FROM data_protection_keys ORDER BY name", r => XElement.Parse(r.GetString(0)));
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING", null,
            ("@name", friendlyName), ("@xml", element.ToString(SaveOptions.DisableFormatting)));
    }
}
