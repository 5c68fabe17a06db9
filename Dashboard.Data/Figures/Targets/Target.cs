namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// A target (streefwaarde) for one indicator in one year, set either for an organisation as a whole or for
/// one practice — exactly one of <see cref="OrganisationId"/> and <see cref="PracticeId"/> (docs/indicatoren.md#streefwaarden).
/// Year, indicator and owner are its key; the value is for the whole calendar year.
/// </summary>
public sealed record Target(int Year, IndicatorCode Indicator, long? OrganisationId, long? PracticeId, decimal Value)
{
    public static Target ForOrganisation(int year, IndicatorCode indicator, long organisationId, decimal value) =>
        new(year, indicator, organisationId, null, value);

    public static Target ForPractice(int year, IndicatorCode indicator, long practiceId, decimal value) =>
        new(year, indicator, null, practiceId, value);
}
