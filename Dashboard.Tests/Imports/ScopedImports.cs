using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>Imports as a user limited to some organisations (docs/privacy-en-toegang.md#rollen-en-bereik), named as the standard stores name them.</summary>
internal static class ScopedImports
{
    public static long OrganisationId(this TestInstallation install, string name) =>
        install.Rows("SELECT id, name FROM organisations", r => (Id: r.GetInt64(0), Name: r.GetString(1))).Single(o => o.Name == name).Id;

    public static AccessScope ScopeOf(this TestInstallation install, params string[] organisations) =>
        AccessScope.Of(organisations.Select(install.OrganisationId));

    public static ImportOutcome Import(this TestInstallation install, ImportKind kind, string name, string content, AccessScope scope, bool replace = false) =>
        install.Importer.Import(new ImportRequest(kind, install.WriteFile(name, content), Replace: replace) { Scope = scope });
}
