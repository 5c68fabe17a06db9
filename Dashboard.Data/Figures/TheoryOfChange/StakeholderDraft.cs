namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>A stakeholder as a form edits it.</summary>
public sealed class StakeholderDraft
{
    public string Name { get; set; } = "";
    public string Contributes { get; set; } = "";
    public string Gains { get; set; } = "";

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Contributes) && string.IsNullOrWhiteSpace(Gains);
}
