namespace Dashboard.Resources;

/// <summary>
/// The audit log's wordings in other languages: keys are the Dutch templates of <see cref="Data.Administration.Audit.AuditWordings"/>,
/// AuditTexts.en.resx holds their English with the same {places}.
/// </summary>
public sealed class AuditTexts;
