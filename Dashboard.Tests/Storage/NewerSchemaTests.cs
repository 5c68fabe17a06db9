using Dashboard.Cli;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Storage;

/// <summary>
/// A database that a newer version of the dashboard brought up to its schema is refused by this one, in Dutch, with
/// nothing changed (docs/installatie-en-beheer.md#postgresql: a server left on the old version while the other was updated).
/// </summary>
public sealed class NewerSchemaTests
{
    private static void MarkNewer(TestInstallation install)
    {
        using var connection = install.Database.Open();
        connection.Execute(install.Database.Provider == DatabaseProvider.Sqlite
            ? $"PRAGMA user_version = {Database.SchemaVersion + 1};"
            : $"INSERT INTO schema_version (version) VALUES ({Database.SchemaVersion + 1})");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_database_of_a_newer_version_is_refused_with_nothing_changed(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        MarkNewer(install);
        var before = install.Snapshot();

        var refused = Assert.Throws<DatabaseTooNewException>(install.Database.Migrate);

        Assert.Contains($"schemaversie {Database.SchemaVersion + 1}, nieuwer dan deze versie van het dashboard ({Database.SchemaVersion})", refused.Message);
        Assert.Contains("Werk deze server (of dit programma) ook bij.", refused.Message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_command_line_says_so_and_exits_1(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        MarkNewer(install);
        var output = new StringWriter();
        var error = new StringWriter();
        var database = provider == DatabaseProvider.Sqlite ? install.Database.Path : install.Database.ConnectionString;

        var exit = CommandLine.Run(["history", "--db", database], output, error, install.Clock);

        Assert.Equal(1, exit);
        Assert.Contains("nieuwer dan deze versie van het dashboard", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }
}
