using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// A target as a form fills it in, field by field. <see cref="ToTarget"/> says what is still missing, in Dutch
/// and English; whether the value itself is allowed is <see cref="TargetStore"/>'s to say when it saves.
/// </summary>
public sealed class TargetDraft
{
    public const string YearField = "year";
    public const string OwnerField = "owner";
    public const string IndicatorField = "indicator";
    public const string ValueField = "value";

    public int? Year { get; set; }
    public string? OwnerKey { get; set; }
    public IndicatorCode? Indicator { get; set; }
    public decimal? Value { get; set; }

    /// <summary>The indicators a target can be set for, in catalogue order (P10 has none: a longer trajectory is not better).</summary>
    public static IReadOnlyList<Indicator> Indicators { get; } =
        IndicatorCatalogue.All.Where(i => TargetAttainment.CanHaveTarget(i.Code)).ToList();

    /// <exception cref="InvalidFieldsException">A field is empty, or the owner is not one of <paramref name="owners"/>.</exception>
    public Target ToTarget(IReadOnlyList<TargetOwner> owners)
    {
        var problems = new List<FieldProblem>();
        if (Year is null)
        {
            problems.Add(new FieldProblem(YearField, "Vul het jaar in.", "Fill in the year."));
        }
        var owner = owners.FirstOrDefault(o => o.Key == OwnerKey);
        if (owner is null)
        {
            problems.Add(new FieldProblem(OwnerField,
                "Kies voor welke organisatie of praktijk de streefwaarde geldt.", "Choose the organisation or practice the target is for."));
        }
        if (Indicator is null)
        {
            problems.Add(new FieldProblem(IndicatorField, "Kies een indicator.", "Choose an indicator."));
        }
        if (Value is null)
        {
            problems.Add(new FieldProblem(ValueField, "Vul de streefwaarde in.", "Fill in the target value."));
        }
        InvalidFieldsException.ThrowIfAny(problems);
        return owner!.Target(Year!.Value, Indicator!.Value, Value!.Value);
    }
}
