namespace Dashboard.Data.Annotations;

/// <summary>
/// A dated event beside the figures (docs/weergave-en-export.md#gebeurtenissen): "Nieuwe fietswerkplaats geopend" on a day, about an
/// organisation, or about one of its practices when <see cref="PracticeId"/> is set. Trend charts whose filter includes it draw it
/// as a marked point with its text. Not personal data: a short public sentence, who wrote it and when.
/// </summary>
public sealed record Annotation(long Id, long OrganisationId, long? PracticeId, DateOnly Date, string Text, string CreatedBy, DateTimeOffset CreatedAt);
