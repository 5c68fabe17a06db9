namespace Dashboard.Data.Annotations;

/// <summary>What a writer fills in for a new annotation: about the organisation, or one of its practices; a day and a short text.</summary>
public sealed record AnnotationDraft(long OrganisationId, long? PracticeId, DateOnly? Date, string? Text);
