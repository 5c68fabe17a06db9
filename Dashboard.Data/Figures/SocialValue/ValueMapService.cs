using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The one door for the value map (docs/maatschappelijke-waarde.md#waardekaart): read by everyone who sees social value,
/// changed by the administrator only, every change audited. Saving keeps whether the map was confirmed; confirming is an
/// act of its own. Its file is read and written by Imports/ValueMap (ValueMapFiles), which replaces the map through here.
/// </summary>
public sealed class ValueMapService(ValueMapStore store, AuditLog audit, TimeProvider clock)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public ValueMap Load() => store.Load();

    /// <summary>Saves the rows and the discount rate as given; the map stays confirmed or unconfirmed as it was.</summary>
    /// <exception cref="InvalidFieldsException">Any field is not valid; nothing is saved.</exception>
    public void Save(Actor actor, IReadOnlyList<ValueMapRow> rows, decimal discountRatePct, string discountRateSource)
    {
        actor.Require(v => v.CanEditSettings);
        var current = store.Load();
        var map = current with { Rows = rows, DiscountRatePct = discountRatePct, DiscountRateSource = discountRateSource };
        store.Save(map);
        audit.Write(actor, Line(AuditWordings.ValueMapSaved, map));
    }

    /// <summary>The administrator has checked the values and their sources: the map is no longer an example.</summary>
    public void Confirm(Actor actor)
    {
        actor.Require(v => v.CanEditSettings);
        var map = store.Load().ConfirmedAs(actor.Name, clock.GetUtcNow());
        store.Save(map);
        audit.Write(actor, Line(AuditWordings.ValueMapConfirmed, map));
    }

    /// <summary>Replaces the whole map with one read from a file, confirmed: importing a map is a deliberate act.</summary>
    /// <exception cref="InvalidFieldsException">Any field is not valid; nothing is saved.</exception>
    internal ValueMap Replace(Actor actor, IReadOnlyList<ValueMapRow> rows, decimal? discountRatePct, string file)
    {
        actor.Require(v => v.CanEditSettings);
        var current = store.Load();
        var map = new ValueMap(rows, discountRatePct ?? current.DiscountRatePct, current.DiscountRateSource).ConfirmedAs(actor.Name, clock.GetUtcNow());
        store.Save(map);
        audit.Write(actor, Line(AuditWordings.ValueMapImported, map, ("file", file)));
        return map;
    }

    private static AuditLine Line(AuditWording wording, ValueMap map, params (string Name, object? Value)[] more) =>
        new(wording, [("rows", map.Rows.Count), ("rate", map.DiscountRatePct.ToString(Dutch)), .. more]);
}
