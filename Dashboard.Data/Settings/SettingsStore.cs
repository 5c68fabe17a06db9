using System.Globalization;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Settings;

/// <summary>Reads and saves the <see cref="IndicatorSettings"/> (tables settings and category_settings).</summary>
public sealed class SettingsStore(Database database)
{
    public IndicatorSettings Load()
    {
        using var connection = database.Open();
        var values = connection.Query("SELECT key, value FROM settings", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Item1, p => p.Item2);
        var categories = connection.Query(
                "SELECT category, co2_factor, co2_source, avg_weight_kg, weight_source FROM category_settings",
                r => new CategorySetting(r.GetString(0), (decimal)r.GetDouble(1), r.GetString(2), (decimal)r.GetDouble(3), r.GetString(4)))
            .ToDictionary(c => c.Category);
        return new IndicatorSettings(
            int.Parse(values["small_cell_k"], CultureInfo.InvariantCulture),
            decimal.Parse(values["fte_hours"], CultureInfo.InvariantCulture),
            categories);
    }
}
