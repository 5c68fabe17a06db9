using Dashboard.Data.Figures;

namespace Dashboard.Data.Stories;

/// <summary>
/// A story as the form edits it: plain mutable fields, checked by <see cref="StoryRules"/> before
/// <see cref="StoryService"/> saves it. <see cref="Id"/> is null for a new story.
/// </summary>
public sealed class StoryDraft(long practiceId, long? id = null)
{
    public long PracticeId { get; } = practiceId;
    public long? Id { get; } = id;
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Quote { get; set; }
    public DateOnly? Date { get; set; }
    public IEnumerable<IndicatorCode> Outcomes { get; set; } = [];
    public DateOnly? ConsentDate { get; set; }

    public static StoryDraft From(Story story) => new(story.PracticeId, story.Id)
    {
        Title = story.Title,
        Text = story.Text,
        Quote = story.Quote,
        Date = story.Date,
        Outcomes = story.Outcomes.ToList(),
        ConsentDate = story.ConsentDate,
    };
}
