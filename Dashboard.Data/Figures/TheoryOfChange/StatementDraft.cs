using Dashboard.Data.Figures;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>An output or outcome as a form edits it: the sentence and the indicators that measure it.</summary>
public sealed class StatementDraft
{
    public string Text { get; set; } = "";
    public IEnumerable<IndicatorCode> Indicators { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && !Indicators.Any();
}
