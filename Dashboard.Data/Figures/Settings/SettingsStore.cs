using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.Settings;

/// <summary>
/// Reads and saves the <see cref="IndicatorSettings"/> (tables settings and category_settings). The figures ask for
/// the settings on every calculation, so a saved value counts at once, for every period and on every server: what was read
/// is kept until a save raises the settings' counter (<see cref="DataVersion.Settings"/>), which each call checks.
/// </summary>
public sealed class SettingsStore(Database database)
{
    /// <summary>What was read last, with the counter it was read at; replaced whole, so a reader never sees half of it.</summary>
    private sealed record Remembered(long Version, IndicatorSettings Settings);

    private volatile Remembered? _read;

    public IndicatorSettings Load()
    {
        using var connection = database.Open();
        var known = _read;
        var version = DataVersion.Read(connection, null, DataVersion.Settings);
        if (known is not null && known.Version == version)
        {
            return known.Settings;
        }
        // The counter and the tables as of one moment: a save between them is seen at the next call.
        using var transaction = connection.BeginRead();
        version = DataVersion.Read(connection, transaction, DataVersion.Settings);
        var settings = Read(connection, transaction);
        _read = new Remembered(version, settings);
        return settings;
    }

    private static IndicatorSettings Read(DbConnection connection, DbTransaction transaction)
    {
        var values = connection.Query("SELECT key, value FROM settings", r => (r.GetString(0), r.GetString(1)), transaction)
            .ToDictionary(p => p.Item1, p => p.Item2);
        var categories = connection.Query(
                "SELECT category, co2_factor, co2_source, avg_weight_kg, weight_source FROM category_settings",
                r => new CategorySetting(r.GetString(0), (decimal)r.GetDouble(1), r.GetString(2), (decimal)r.GetDouble(3), r.GetString(4)), transaction)
            .ToDictionary(c => c.Category);
        return new IndicatorSettings(
            int.Parse(values["small_cell_k"], CultureInfo.InvariantCulture),
            decimal.Parse(values["fte_hours"], CultureInfo.InvariantCulture),
            categories)
        {
            ValueMap = ValueMapStore.Read(connection, transaction),
            SectorMinOthers = Math.Max(IndicatorSettings.MinSectorOthers,
                int.Parse(values.GetValueOrDefault("sector_min_others", "7"), CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>
    /// Saves the CO2 factor and average weight, with their sources (trimmed), of each category given, in one
    /// transaction. Food and drink (horeca) is not saved: it stays at 0 and is refused with any other value.
    /// </summary>
    /// <exception cref="InvalidFieldsException">Any value is not valid (<see cref="SettingsRules.Check(IReadOnlyCollection{CategorySetting})"/>); nothing is saved.</exception>
    internal void SaveCategories(IReadOnlyCollection<CategorySetting> categories)
    {
        InvalidFieldsException.ThrowIfAny(SettingsRules.Check(categories));
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        using var command = connection.Command(
            """
            INSERT INTO category_settings (category, co2_factor, co2_source, avg_weight_kg, weight_source)
            VALUES (@category, @co2, @co2_source, @weight, @weight_source)
            ON CONFLICT (category) DO UPDATE SET co2_factor = excluded.co2_factor, co2_source = excluded.co2_source,
                avg_weight_kg = excluded.avg_weight_kg, weight_source = excluded.weight_source
            """, transaction);
        foreach (var category in categories.Where(c => IndicatorSettings.IsReuse(c.Category)))
        {
            DbExtensions.Set(command, ("@category", category.Category), ("@co2", (double)category.Co2Factor),
                ("@co2_source", category.Co2Source.Trim()), ("@weight", (double)category.AverageWeightKg),
                ("@weight_source", category.WeightSource.Trim()));
            command.ExecuteNonQuery();
        }
        DataVersion.Bump(connection, transaction, DataVersion.Settings);
        transaction.Commit();
    }

    /// <summary>Saves the small-cell threshold k and the hours of one fte per week, together in one transaction.</summary>
    /// <exception cref="InvalidFieldsException">Either is out of range (<see cref="SettingsRules.Check(int, decimal)"/>); nothing is saved.</exception>
    internal void SaveProtectionAndFte(int smallCellK, decimal fteHoursPerWeek)
    {
        InvalidFieldsException.ThrowIfAny(SettingsRules.Check(smallCellK, fteHoursPerWeek));
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        const string upsert = "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        connection.Execute(upsert, transaction, ("@key", "small_cell_k"), ("@value", smallCellK.ToString(CultureInfo.InvariantCulture)));
        connection.Execute(upsert, transaction, ("@key", "fte_hours"), ("@value", fteHoursPerWeek.ToString(CultureInfo.InvariantCulture)));
        DataVersion.Bump(connection, transaction, DataVersion.Settings);
        transaction.Commit();
    }

    /// <summary>Saves the fewest other organisations a sector comparison needs (docs/sector.md#sectorvergelijking).</summary>
    /// <exception cref="InvalidFieldsException">Below 7 or above 50 (<see cref="SettingsRules.CheckSectorMinOthers"/>); nothing is saved.</exception>
    internal void SaveSectorMinOthers(int value)
    {
        InvalidFieldsException.ThrowIfAny(SettingsRules.CheckSectorMinOthers(value) is { } problem ? [problem] : []);
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        connection.Execute("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            transaction, ("@key", "sector_min_others"), ("@value", value.ToString(CultureInfo.InvariantCulture)));
        DataVersion.Bump(connection, transaction, DataVersion.Settings);
        transaction.Commit();
    }
}
