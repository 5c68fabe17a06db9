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
        audit.Write(actor, Line(AuditWordings.ValueMapSaved, saved, ("changes", Changes(current, saved))));
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

    /// <summary>
    /// What a save changed, for the audit log: the codes added and removed, and per code the fields that changed (the
    /// values themselves are in the map, and its export); "niets gewijzigd" when nothing did.
    /// </summary>
    internal static string Changes(ValueMap before, ValueMap after)
    {
        var old = before.Rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var now = after.Rows.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var parts = new List<string>();
        if (now.Keys.Where(c => !old.ContainsKey(c)).ToList() is { Count: > 0 } added)
        {
            parts.Add("toegevoegd: " + string.Join(", ", added));
        }
        if (old.Keys.Where(c => !now.ContainsKey(c)).ToList() is { Count: > 0 } removed)
        {
            parts.Add("verwijderd: " + string.Join(", ", removed));
        }
        var changed = now.Where(r => old.TryGetValue(r.Key, out var was) && !was.SameAs(r.Value))
            .Select(r => $"{r.Key} ({string.Join(", ", ChangedFields(old[r.Key], r.Value))})").ToList();
        if (changed.Count > 0)
        {
            parts.Add("gewijzigd: " + string.Join("; ", changed));
        }
        if (before.DiscountRatePct != after.DiscountRatePct || before.DiscountRateSource != after.DiscountRateSource)
        {
            parts.Add("disconteringsvoet of bron gewijzigd");
        }
        return parts.Count == 0 ? "niets gewijzigd" : string.Join("; ", parts);
    }

    private static IEnumerable<string> ChangedFields(ValueMapRow was, ValueMapRow now)
    {
        (string Field, bool Changed)[] fields =
        [
            (ValueMapRules.Code, was.Code != now.Code), (ValueMapRules.Outcome, was.Outcome != now.Outcome),
            (ValueMapRules.Stakeholder, was.Stakeholder != now.Stakeholder), (ValueMapRules.Indicator, was.Indicator != now.Indicator),
            (ValueMapRules.Proxy, was.ProxyEur != now.ProxyEur), (ValueMapRules.ProxySource, was.ProxySource != now.ProxySource),
            (ValueMapRules.Deadweight, was.DeadweightPct != now.DeadweightPct), (ValueMapRules.Displacement, was.DisplacementPct != now.DisplacementPct),
            (ValueMapRules.Attribution, was.AttributionPct != now.AttributionPct), (ValueMapRules.DropOff, was.DropOffPct != now.DropOffPct),
            (ValueMapRules.Duration, was.DurationYears != now.DurationYears), (ValueMapRules.Kinds, !was.Kinds.SequenceEqual(now.Kinds)),
        ];
        return fields.Where(f => f.Changed).Select(f => f.Field);
    }

    /// <summary>The proxy sources that are still example values, as the problems that keep a map from being confirmed.</summary>
    public static IReadOnlyList<FieldProblem> ExampleSources(ValueMap map) =>
        map.RowsWithExampleSources().Select(i => ValueMapRules.ExampleSource(i, map.Rows[i].Code)).ToList();

    private static AuditLine Line(AuditWording wording, ValueMap map, params (string Name, object? Value)[] more) =>
        new(wording, [("rows", map.Rows.Count), ("rate", map.DiscountRatePct.ToString(Dutch)), .. more]);
}
