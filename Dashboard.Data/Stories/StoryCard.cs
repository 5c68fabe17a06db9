namespace Dashboard.Data.Stories;

/// <summary>A story as Goede praktijk shows it: with the name of its practice, and whether the viewer may edit it or withdraw its consent.</summary>
public sealed record StoryCard(Story Story, string PracticeName, bool MayWrite);
