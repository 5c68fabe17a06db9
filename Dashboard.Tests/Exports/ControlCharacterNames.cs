using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Storage;

namespace Dashboard.Tests.Exports;

/// <summary>
/// Names holding characters an import refuses now: store AAN and its restaurant a bell (U+0007, which XML cannot hold),
/// their organisation a right-to-left override (U+202E, which reverses what follows it). The restaurant's impact goal,
/// saved before the form refused them, has a line break and a bell too.
/// </summary>
public sealed class ControlCharacterNames : PlantedNames
{
    public const string Store = "Aan de Maas Venlo\u0007";
    public const string Practice = "Restaurant\u0007 De Pan";
    public const string Organisation = "Kringloop \u202EAan de Maas";
    public const string ImpactGoal = "Werk voor wie\nhet zwaar heeft\u0007.";

    public ControlCharacterNames()
        : base(Store, Organisation, Practice)
    {
        using var connection = Installation.Database.Open();
        var restaurant = connection.Scalar<long>("SELECT id FROM practices WHERE code = 'REST'");
        new TheoryOfChangeStore(Installation.Database).Save(new PracticeTheoryOfChange(restaurant, ImpactGoal, ["arbeidsbeperking"], [], [], [], [], ""));
    }
}
