namespace Dashboard.Data.Exports.Factsheets;

/// <summary>Whether a change against last year is good news, given the indicator's direction; a tile colours it so.</summary>
public enum ChangeTone
{
    Neutral,
    Better,
    Worse,

    /// <summary>No change can be shown: a figure is hidden, has no data or does not apply (the words say which).</summary>
    NotCompared,
}
