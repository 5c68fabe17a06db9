using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Figures.Targets;

/// <summary>Saving, listing and deleting targets on a real database file, and what the store refuses.</summary>
public sealed class TargetStoreTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private TargetStore Store => new(_install.Database);

    private long AanDeMaas => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");

    private long Restaurant => _install.Query<long>("SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' AND p.code = 'REST'");

    [Fact]
    public void Saved_targets_come_back_per_year_and_all_together()
    {
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

    [Fact]
    public void Saving_the_same_key_again_updates_the_value()
    {
        Store.Save(Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 5_000));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 6_000));
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 20_000));
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 21_000));

        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P8, AanDeMaas, 21_000), Target.ForPractice(2025, IndicatorCode.P8, Restaurant, 6_000)],
            Store.List(2025));
        Assert.Equal(2, _install.Count("targets"));
    }

    [Fact]
    public void An_organisation_and_a_practice_can_each_have_a_target_for_the_same_indicator_and_year()
    {
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P2, AanDeMaas, 60));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P2, Restaurant, 60));

        Assert.Equal(2, Store.List(2025).Count);
    }

    [Fact]
    public void Delete_removes_only_the_target_with_that_key()
    {
        Store.Save(Target.ForOrganisation(2025, IndicatorCode.P9, AanDeMaas, 30));
        Store.Save(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 10));
        Store.Save(Target.ForPractice(2026, IndicatorCode.P9, Restaurant, 12));

        Assert.True(Store.Delete(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 0)));
        Assert.False(Store.Delete(Target.ForPractice(2025, IndicatorCode.P9, Restaurant, 10)));

        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P9, AanDeMaas, 30), Target.ForPractice(2026, IndicatorCode.P9, Restaurant, 12)],
            Store.List());
    }

    [Fact]
    public void The_database_refuses_a_target_for_both_an_organisation_and_a_practice_or_for_neither()
    {
        void Insert(long? organisation, long? practice)
        {
            using var connection = _install.Database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO targets (year, indicator, organisation_id, practice_id, value) VALUES (2025, 'P1', $o, $p, 10)";
            DbExtensions.Set(command, ("$o", (object?)organisation ?? DBNull.Value));
            DbExtensions.Set(command, ("$p", (object?)practice ?? DBNull.Value));
            command.ExecuteNonQuery();
        }

        Assert.Contains("CHECK", Assert.Throws<SqliteException>(() => Insert(AanDeMaas, Restaurant)).Message);
        Assert.Contains("CHECK", Assert.Throws<SqliteException>(() => Insert(null, null)).Message);
        Insert(AanDeMaas, null);
        Assert.Contains("UNIQUE", Assert.Throws<SqliteException>(() => Insert(AanDeMaas, null)).Message);
        Insert(null, Restaurant);
        Assert.Contains("UNIQUE", Assert.Throws<SqliteException>(() => Insert(null, Restaurant)).Message);
    }

    [Fact]
    public void The_store_refuses_both_owners_and_no_owner_in_Dutch()
    {
        var both = new Target(2025, IndicatorCode.P1, AanDeMaas, Restaurant, 10);
        var neither = new Target(2025, IndicatorCode.P1, null, null, 10);

        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Save(both)).Message);
        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Save(neither)).Message);
        Assert.Contains("óf bij één praktijk", Assert.Throws<ArgumentException>(() => Store.Delete(neither)).Message);
        Assert.Equal(0, _install.Count("targets"));
    }

    [Fact]
    public void Validation_messages_say_in_Dutch_what_is_wrong()
    {
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

    [Theory]
    [InlineData(2000, 0)]
    [InlineData(2100, 100)]
    public void The_edges_of_the_valid_range_are_accepted(int year, int value)
    {
        Store.Save(Target.ForPractice(year, IndicatorCode.P6R, Restaurant, value));

        Assert.Equal([Target.ForPractice(year, IndicatorCode.P6R, Restaurant, value)], Store.List(year));
    }

    public void Dispose() => _install.Dispose();
}
