using System.Data.Common;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Tests.Figures.Targets;

/// <summary>Saving, listing and deleting targets on a real database of either provider, and what the store refuses.</summary>
public sealed class TargetStoreTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private TargetStore Store => new(_install.Database);

    private long AanDeMaas => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");

    private long Restaurant => _install.Query<long>("SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' AND p.code = 'REST'");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saved_targets_come_back_per_year_and_all_together(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P4, AanDeMaas, 40));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P4R, Restaurant, 32.5m));
        Store.Save(Target.ForPractice(2026, IndicatorCode.E1, Restaurant, 180_000.75m));

        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P4, AanDeMaas, 40), Target.ForPractice(2025, IndicatorCode.P4R, Restaurant, 32.5m)],
            Store.List(2025));
        Assert.Equal([Target.ForPractice(2026, IndicatorCode.E1, Restaurant, 180_000.75m)], Store.List(2026));
        Assert.Empty(Store.List(2024));
        Assert.Equal(3, Store.List().Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saving_the_same_key_again_updates_the_value(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 5_000));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 6_000));
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 20_000));
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 21_000));

        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 21_000), Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 6_000)],
            Store.List(2025));
        Assert.Equal(2, _install.Count("targets"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_organisation_and_a_practice_can_each_have_a_target_for_the_same_indicator_and_year(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P2, AanDeMaas, 60));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P2, Restaurant, 60));

        Assert.Equal(2, Store.List(2025).Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Delete_removes_only_the_target_with_that_key(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P9, AanDeMaas, 30));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 10));
        Store.Save(Target.ForPractice(2026, IndicatorCode.P9, Restaurant, 12));

        Assert.True(Store.Delete(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 0)));
        Assert.False(Store.Delete(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 10)));

        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P9, AanDeMaas, 30), Target.ForPractice(2026, IndicatorCode.P9, Restaurant, 12)],
            Store.List());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_database_refuses_a_target_for_both_an_organisation_and_a_practice_or_for_neither(DatabaseProvider provider)
    {
        Install(provider);

        void Insert(long? organisation, long? practice)
        {
            using var connection = _install.Database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO targets (year, indicator, organisation_id, practice_id, value) VALUES (2025, 'P1', @o, @p, 10)";
            DbExtensions.Set(command, ("@o", (object?)organisation ?? DBNull.Value));
            DbExtensions.Set(command, ("@p", (object?)practice ?? DBNull.Value));
            command.ExecuteNonQuery();
        }

        Assert.Equal("CHECK", Refusal(() => Insert(AanDeMaas, Restaurant)));
        Assert.Equal("CHECK", Refusal(() => Insert(null, null)));
        Insert(AanDeMaas, null);
        Assert.Equal("UNIQUE", Refusal(() => Insert(AanDeMaas, null)));
        Insert(null, Restaurant);
        Assert.Equal("UNIQUE", Refusal(() => Insert(null, Restaurant)));
    }

    /// <summary>
    /// The kind of constraint a refused write broke, "CHECK" or "UNIQUE": SQLite names it in its message, PostgreSQL in
    /// its error code. Any other refusal comes back as its message, to fail the comparison with it.
    /// </summary>
    private static string Refusal(Action write) => Assert.ThrowsAny<DbException>(write) switch
    {
        SqliteException sqlite when sqlite.Message.Contains("CHECK", StringComparison.Ordinal) => "CHECK",
        SqliteException sqlite when sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal) => "UNIQUE",
        PostgresException { SqlState: PostgresErrorCodes.CheckViolation } => "CHECK",
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => "UNIQUE",
        var other => other.Message,
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_store_refuses_both_owners_and_no_owner_in_Dutch(DatabaseProvider provider)
    {
        Install(provider);
        var both = new Target(2025, IndicatorCode.P1, AanDeMaas, Restaurant, 10);
        var neither = new Target(2025, IndicatorCode.P1, null, null, 10);

        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Save(both)).Message);
        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Save(neither)).Message);
        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Delete(neither)).Message);
        Assert.Equal(0, _install.Count("targets"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Validation_messages_say_in_Dutch_what_is_wrong(DatabaseProvider provider)
    {
        Install(provider);
        string Refusal(Target target) => Assert.Throws<ArgumentException>(() => Store.Save(target)).Message;

        Assert.Contains("niet negatief", Refusal(Target.ForPractice(2025, IndicatorCode.P2, Restaurant, -1)));
        Assert.Contains("P10", Refusal(Target.ForPractice(2025, IndicatorCode.P10, Restaurant, 6)));
        Assert.Contains("geen streefwaarde", Refusal(Target.ForPractice(2025, IndicatorCode.P10, Restaurant, 6)));
        Assert.Contains("Onbekende indicator", Refusal(Target.ForPractice(2025, (IndicatorCode)99, Restaurant, 6)));
        Assert.Contains("tussen 2000 en 2100", Refusal(Target.ForPractice(1999, IndicatorCode.P2, Restaurant, 6)));
        Assert.Contains("tussen 2000 en 2100", Refusal(Target.ForPractice(2101, IndicatorCode.P2, Restaurant, 6)));
        Assert.Contains("percentage", Refusal(Target.ForPractice(2025, IndicatorCode.P7R, Restaurant, 100.5m)));
        Assert.Contains("geen praktijk met nummer 9999", Refusal(Target.ForPractice(2025, IndicatorCode.P2, 9999, 6)));
        Assert.Contains("geen organisatie met nummer 9999", Refusal(Target.ForOrganisation(2025, IndicatorCode.P2, 9999, 6)));
        Assert.Equal(0, _install.Count("targets"));
    }

    public static TheoryData<DatabaseProvider, int, int> Edges => Providers.Each((2000, 0), (2100, 100));

    [Theory]
    [MemberData(nameof(Edges))]
    public void The_edges_of_the_valid_range_are_accepted(DatabaseProvider provider, int year, int value)
    {
        Install(provider);
        Store.Save(Target.ForPractice(year, IndicatorCode.P6R, Restaurant, value));

        Assert.Equal([Target.ForPractice(year, IndicatorCode.P6R, Restaurant, value)], Store.List(year));
    }

    public void Dispose() => _install?.Dispose();
}
