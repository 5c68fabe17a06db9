using System.Data.Common;
using Dashboard.Data.Domain;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// Reads and saves the targets (table targets). Saving validates what the database cannot say in Dutch:
/// a known indicator that can have a target, a sensible year, a value of at least 0, exactly one owner
/// that exists.
/// </summary>
public sealed class TargetStore(Database database)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    private const string Columns = "year, indicator, organisation_id, practice_id, value";

    /// <summary>Every target, by year, in catalogue order, organisations before practices.</summary>
    public IReadOnlyList<Target> List()
    {
        using var connection = database.Open();
        return InOrder(connection.Query($"SELECT {Columns} FROM targets", Read));
    }

    /// <summary>The targets of one year, in catalogue order, organisations before practices.</summary>
    public IReadOnlyList<Target> List(int year)
    {
        using var connection = database.Open();
        return InOrder(connection.Query($"SELECT {Columns} FROM targets WHERE year = @year", Read, null, ("@year", year)));
    }

    /// <summary>Inserts the target, or updates the value of the one with the same year, indicator and owner.</summary>
    /// <exception cref="ArgumentException">The target is not valid; the message says why, in Dutch.</exception>
    internal void Save(Target target)
    {
        Validate(target);
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var (ownerColumn, ownerTable, ownerId, ownerName) = Owner(target);
        if (connection.Scalar<long>($"SELECT COUNT(*) FROM {ownerTable} WHERE id = @id", transaction, ("@id", ownerId)) == 0)
        {
            throw new ArgumentException($"Er bestaat geen {ownerName} met nummer {ownerId}.", nameof(target));
        }
        // The conflict target names the partial index's condition, as both SQLite and PostgreSQL require.
        connection.Execute(
            $"""
            INSERT INTO targets ({Columns}) VALUES (@year, @indicator, @organisation, @practice, @value)
            ON CONFLICT (year, indicator, {ownerColumn}) WHERE {ownerColumn} IS NOT NULL DO UPDATE SET value = excluded.value
            """,
            transaction,
            ("@year", target.Year), ("@indicator", target.Indicator.ToString()), ("@organisation", target.OrganisationId),
            ("@practice", target.PracticeId), ("@value", (double)target.Value));
        transaction.Commit();
    }

    /// <summary>Deletes the target with the same year, indicator and owner as <paramref name="target"/> (its value does not matter).</summary>
    /// <returns>Whether there was such a target.</returns>
    internal bool Delete(Target target)
    {
        ValidateOwner(target);
        var (ownerColumn, _, ownerId, _) = Owner(target);
        using var connection = database.Open();
        return connection.Execute(
            $"DELETE FROM targets WHERE year = @year AND indicator = @indicator AND {ownerColumn} = @owner",
            null, ("@year", target.Year), ("@indicator", target.Indicator.ToString()), ("@owner", ownerId)) > 0;
    }

    private static (string Column, string Table, long Id, string Name) Owner(Target target) =>
        target.OrganisationId is { } organisationId
            ? ("organisation_id", "organisations", organisationId, "organisatie")
            : ("practice_id", "practices", target.PracticeId!.Value, "praktijk");

    private static void ValidateOwner(Target target)
    {
        if ((target.OrganisationId is null) == (target.PracticeId is null))
        {
            throw new ArgumentException(
                "Een streefwaarde hoort bij een organisatie als geheel óf bij één praktijk: kies er precies één.", nameof(target));
        }
    }

    private static void Validate(Target target)
    {
        ValidateOwner(target);
        if (!Enum.IsDefined(target.Indicator))
        {
            throw new ArgumentException($"Onbekende indicator '{target.Indicator}'.", nameof(target));
        }
        var indicator = IndicatorCatalogue.Get(target.Indicator);
        if (!TargetAttainment.CanHaveTarget(indicator.Code))
        {
            throw new ArgumentException(
                $"{indicator.Code} ({indicator.Name(Language.Dutch)}) heeft geen streefwaarde: meer of minder is daar niet beter of slechter.",
                nameof(target));
        }
        if (target.Year is < FirstYear or > LastYear)
        {
            throw new ArgumentException($"Het jaar van een streefwaarde moet tussen {FirstYear} en {LastYear} liggen, niet {target.Year}.",
                nameof(target));
        }
        if (target.Value < 0)
        {
            throw new ArgumentException($"Een streefwaarde kan niet negatief zijn ({indicator.Code}: {target.Value}).", nameof(target));
        }
        if (indicator.Kind == IndicatorKind.Rate && target.Value > 100)
        {
            throw new ArgumentException(
                $"{indicator.Code} ({indicator.Name(Language.Dutch)}) is een percentage: de streefwaarde ligt tussen 0 en 100, niet {target.Value}.",
                nameof(target));
        }
    }

    private static List<Target> InOrder(IEnumerable<Target> targets) =>
        targets.OrderBy(t => t.Year).ThenBy(t => t.Indicator).ThenBy(t => t.OrganisationId is null)
            .ThenBy(t => t.OrganisationId ?? t.PracticeId).ToList();

    private static Target Read(DbDataReader reader) =>
        new(reader.GetInt32(0), Enum.Parse<IndicatorCode>(reader.GetString(1)), reader.GetInt64OrNull(2), reader.GetInt64OrNull(3),
            (decimal)reader.GetDouble(4));
}
