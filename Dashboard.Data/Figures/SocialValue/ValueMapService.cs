using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The one door for the value map (docs/maatschappelijke-waarde.md#waardekaart): read by everyone who sees social value,
/// changed by the administrator only, every change audited. Every change names the version it was based on, so that two
/// administrators never overwrite each other unseen. Saving keeps whether the map was confirmed; confirming is an act of
/// its own, refused while a source is still an example value. Its file is read and written by Imports/SocialValue
/// (ValueMapFiles), which replaces the map through here.
/// </summary>
public sealed class ValueMapService(ValueMapStore store, AuditLog audit, TimeProvider clock)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public ValueMap Load() => store.Load();

    /// <summary>Saves the rows and the discount rate as given, over version <paramref name="basedOn"/>; the map stays confirmed or unconfirmed as it was.</summary>
    /// <exception cref="InvalidFieldsException">Any field is not valid; nothing is saved.</exception>
    /// <exception cref="ValueMapChangedException">Another administrator saved meanwhile; nothing is saved.</exception>
    public ValueMap Save(Actor actor, IReadOnlyList<ValueMapRow> rows, decimal discountRatePct, string discountRateSource, long basedOn)
    {
        actor.Require(v => v.CanEditSettings);
        var current = store.Load();
        var saved = store.Save(current with { Rows = rows, DiscountRatePct = discountRatePct, DiscountRateSource = discountRateSource, Version = basedOn });
        audit.Write(actor, Line(AuditWordings.ValueMapSaved, saved));
        return saved;
    }

    /// <summary>The administrator has checked version <paramref name="basedOn"/> — its values and their sources: it is no longer an example.</summary>
    /// <exception cref="InvalidFieldsException">A proxy source is still the example's; nothing is confirmed.</exception>
    /// <exception cref="ValueMapChangedException">Another administrator saved meanwhile; nothing is confirmed.</exception>
    public ValueMap Confirm(Actor actor, long basedOn)
    {
        actor.Require(v => v.CanEditSettings);
        var current = store.Load();
        InvalidFieldsException.ThrowIfAny(ExampleSources(current));
        var saved = store.Save(current.ConfirmedAs(actor.Name, clock.GetUtcNow()) with { Version = basedOn });
        audit.Write(actor, Line(AuditWordings.ValueMapConfirmed, saved));
        return saved;
    }

    /// <summary>
    /// Replaces the whole map with one read from a file: importing a map is a deliberate act, so it is confirmed — unless a
    /// proxy source is still an example value, which leaves it unconfirmed. A new discount rate comes with its source.
    /// </summary>
    /// <exception cref="InvalidFieldsException">Any field is not valid; nothing is saved.</exception>
    internal ValueMap Replace(Actor actor, IReadOnlyList<ValueMapRow> rows, (decimal Pct, string Source)? discountRate, string file)
    {
        actor.Require(v => v.CanEditSettings);
        var current = store.Load();
        var map = new ValueMap(rows, discountRate?.Pct ?? current.DiscountRatePct, discountRate?.Source ?? current.DiscountRateSource, Version: current.Version);
        if (!map.RowsWithExampleSources().Any())
        {
            map = map.ConfirmedAs(actor.Name, clock.GetUtcNow());
        }
        var saved = store.Save(map);
        audit.Write(actor, Line(saved.IsConfirmed ? AuditWordings.ValueMapImported : AuditWordings.ValueMapImportedAsExample, saved, ("file", file)));
        return saved;
    }

    /// <summary>The proxy sources that are still example values, as the problems that keep a map from being confirmed.</summary>
    public static IReadOnlyList<FieldProblem> ExampleSources(ValueMap map) =>
        map.RowsWithExampleSources().Select(i => ValueMapRules.ExampleSource(i, map.Rows[i].Code)).ToList();

    private static AuditLine Line(AuditWording wording, ValueMap map, params (string Name, object? Value)[] more) =>
        new(wording, [("rows", map.Rows.Count), ("rate", map.DiscountRatePct.ToString(Dutch)), .. more]);
}
