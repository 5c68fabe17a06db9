using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;

namespace Dashboard.Data.Figures.Settings;

/// <summary>The settings every figure uses — CO2 factors and weights, small-cell k and fte hours — changed by the administrator only, and audited.</summary>
public sealed class SettingsService(SettingsStore store, AuditLog audit)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <exception cref="Validation.InvalidFieldsException">Any value is not valid; nothing is saved.</exception>
    public void SaveCategories(Actor actor, IReadOnlyCollection<CategorySetting> categories)
    {
        actor.Require(v => v.CanEditSettings);
        store.SaveCategories(categories);
        audit.Write(actor, new AuditLine(AuditWordings.CategoriesSaved,
            ("categories", string.Join("; ", categories.Select(c => string.Create(Dutch, $"{c.Category} {c.Co2Factor} kg CO2/kg, {c.AverageWeightKg} kg/stuk"))))));
    }

    /// <exception cref="Validation.InvalidFieldsException">Either is out of range; nothing is saved.</exception>
    public void SaveProtectionAndFte(Actor actor, int smallCellK, decimal fteHoursPerWeek)
    {
        actor.Require(v => v.CanEditSettings);
        store.SaveProtectionAndFte(smallCellK, fteHoursPerWeek);
        audit.Write(actor, new AuditLine(AuditWordings.ProtectionSaved, ("k", smallCellK), ("fte", fteHoursPerWeek.ToString(Dutch))));
    }

    /// <summary>The fewest other organisations a sector comparison needs, 7 to 50 (docs/sector.md#sectorvergelijking); audited.</summary>
    public void SaveSectorMinOthers(Actor actor, int value)
    {
        actor.Require(v => v.CanEditSettings);
        store.SaveSectorMinOthers(value);
        audit.Write(actor, new AuditLine(AuditWordings.SectorThresholdSaved, ("n", value)));
    }
}
