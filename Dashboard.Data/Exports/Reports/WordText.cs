using Dashboard.Data.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Text of a report as Word runs. Names are user data stored before imports refused some characters: a control character
/// would make the document XML that Word refuses to open, a direction override would reorder what follows it, so each line
/// is written as <see cref="TextCharacters.Drawable"/> leaves it. A line break stays a line break (a <c>w:br</c>).
/// </summary>
internal static class WordText
{
    /// <summary>One run holding the text, its lines separated by breaks; bold when asked (a table's header).</summary>
    public static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.RunProperties = new RunProperties { Bold = new Bold() };
        }
        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.AppendChild(new Break());
            }
            run.AppendChild(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    /// <summary>The text as Word may hold it, on one line: for the footer and the document's properties.</summary>
    public static string Line(string text) => TextCharacters.Drawable(text);

    private static string[] Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(TextCharacters.Drawable).ToArray();
}
