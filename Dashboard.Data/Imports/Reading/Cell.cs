namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// One field as read from a file. A spreadsheet's numeric cell arrives as <see cref="IsNumber"/> with
/// its invariant text ("310.5", or a date's serial number); everything else is the text the user typed.
/// </summary>
public readonly record struct Cell(string Text, bool IsNumber = false)
{
    public static readonly Cell Empty = new(string.Empty);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);
}
