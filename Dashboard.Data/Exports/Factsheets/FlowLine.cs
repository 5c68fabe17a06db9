namespace Dashboard.Data.Exports.Factsheets;

/// <summary>A line of the footer's flow, with the extra space above it that starts a paragraph or section.</summary>
internal sealed record FlowLine(TextLine Line, double Space, bool IsHeading);
