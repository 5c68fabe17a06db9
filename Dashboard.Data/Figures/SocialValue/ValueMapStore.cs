using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// Reads and saves the value map (tables value_map_rows and value_map_settings, docs/maatschappelijke-waarde.md#waardekaart).
/// An installation whose map was never saved has the example map, unconfirmed. A save replaces the whole map in one
/// transaction; decimals are stored as their invariant text, so they come back exactly on both providers.
/// </summary>
public sealed class ValueMapStore(Database database)
{
    private const char KindSeparator = '|';

    public ValueMap Load()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginRead();
        return Read(connection, transaction);
    }

    /// <summary>The map as stored, within a transaction of the caller's (the settings read it with the other settings).</summary>
    internal static ValueMap Read(DbConnection connection, DbTransaction transaction)
    {
        var settings = connection.Query(
            "SELECT discount_rate_pct, discount_rate_source, confirmed_at, confirmed_by, version FROM value_map_settings WHERE id = 1",
            r => (Rate: Number(r.GetString(0)), Source: r.GetString(1), At: r.GetStringOrNull(2), By: r.GetStringOrNull(3), Version: r.GetInt64(4)), transaction)
            .SingleOrDefault();
        if (settings.Source is null)
        {
            return ExampleValueMap.Map;
        }
        var rows = connection.Query(
            """
            SELECT code, outcome, stakeholder, indicator, proxy_eur, proxy_source, deadweight_pct, displacement_pct, attribution_pct,
                   drop_off_pct, duration_years, kinds
            FROM value_map_rows ORDER BY position
            """,
            r => new ValueMapRow(r.GetString(0), r.GetString(1), r.GetString(2), Enum.Parse<IndicatorCode>(r.GetString(3)), Number(r.GetString(4)),
                r.GetString(5), Number(r.GetString(6)), Number(r.GetString(7)), Number(r.GetString(8)), Number(r.GetString(9)), r.GetInt32(10),
                r.GetString(11).Split(KindSeparator, StringSplitOptions.RemoveEmptyEntries)), transaction);
        return new ValueMap(rows, settings.Rate, settings.Source,
            settings.At is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null, settings.By, settings.Version);
    }

    /// <summary>
    /// Replaces the whole map, with its confirmation as given, when the stored one is still the version
    /// <paramref name="map"/> was based on (<see cref="ValueMap.Version"/>); the saved map has the next version.
    /// </summary>
    /// <exception cref="InvalidFieldsException">Any field is not valid (<see cref="ValueMapRules.Check(ValueMap)"/>); nothing is saved.</exception>
    /// <exception cref="ValueMapChangedException">Another administrator saved meanwhile; nothing is saved.</exception>
    internal ValueMap Save(ValueMap map)
    {
        InvalidFieldsException.ThrowIfAny(ValueMapRules.Check(map));
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var stored = connection.Query("SELECT version, confirmed_by FROM value_map_settings WHERE id = 1",
            r => (Version: r.GetInt64(0), By: r.GetStringOrNull(1)), transaction).SingleOrDefault();
        if (stored.Version != map.Version)
        {
            throw new ValueMapChangedException();
        }
        var saved = map with { Version = map.Version + 1 };
        connection.Execute("DELETE FROM value_map_rows", transaction);
        using var insert = connection.Command(
            """
            INSERT INTO value_map_rows (position, code, outcome, stakeholder, indicator, proxy_eur, proxy_source, deadweight_pct,
                                        displacement_pct, attribution_pct, drop_off_pct, duration_years, kinds)
            VALUES (@position, @code, @outcome, @stakeholder, @indicator, @proxy, @source, @deadweight, @displacement, @attribution,
                    @dropOff, @duration, @kinds)
            """, transaction);
        for (var i = 0; i < map.Rows.Count; i++)
        {
            var row = map.Rows[i];
            DbExtensions.Set(insert, ("@position", (long)i), ("@code", row.Code.Trim()), ("@outcome", row.Outcome.Trim()),
                ("@stakeholder", row.Stakeholder.Trim()), ("@indicator", row.Indicator.ToString()), ("@proxy", Text(row.ProxyEur)),
                ("@source", row.ProxySource.Trim()), ("@deadweight", Text(row.DeadweightPct)), ("@displacement", Text(row.DisplacementPct)),
                ("@attribution", Text(row.AttributionPct)), ("@dropOff", Text(row.DropOffPct)), ("@duration", (long)row.DurationYears),
                ("@kinds", string.Join(KindSeparator, row.Kinds)));
            insert.ExecuteNonQuery();
        }
        connection.Execute(
            """
            INSERT INTO value_map_settings (id, discount_rate_pct, discount_rate_source, confirmed_at, confirmed_by, version)
            VALUES (1, @rate, @source, @at, @by, @version)
            ON CONFLICT (id) DO UPDATE SET discount_rate_pct = excluded.discount_rate_pct, discount_rate_source = excluded.discount_rate_source,
                confirmed_at = excluded.confirmed_at, confirmed_by = excluded.confirmed_by, version = excluded.version
            """, transaction, ("@rate", Text(map.DiscountRatePct)), ("@source", map.DiscountRateSource.Trim()),
            ("@at", map.ConfirmedAt?.ToString("O", CultureInfo.InvariantCulture)), ("@by", map.ConfirmedBy), ("@version", saved.Version));
        // The figures read the map with the other settings: their counter tells every server to read it again.
        DataVersion.Bump(connection, transaction, DataVersion.Settings);
        transaction.Commit();
        return saved;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}

/// <summary>The value map changed since the version an edit was based on: another administrator saved it meanwhile.</summary>
public sealed class ValueMapChangedException() : Exception(
    "De waardekaart is intussen door een andere beheerder gewijzigd. Er is niets opgeslagen: laad de kaart opnieuw en breng uw wijziging dan aan.");
