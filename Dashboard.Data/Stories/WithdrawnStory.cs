namespace Dashboard.Data.Stories;

/// <summary>
/// A story deleted because its participant withdrew consent: what is left to know of it, without a word of its content.
/// Whatever was made from the story (a shared file, docs/verhalen.md#toestemming-intrekken) is to be found by
/// <see cref="StoryId"/>.
/// </summary>
public sealed record WithdrawnStory(long StoryId, long PracticeId, DateOnly WithdrawnOn);
