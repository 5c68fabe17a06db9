using Dashboard.Data.Figures;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// The two questions of the social-impact training, each with the indicators the practice page shows beside
/// the theory of change (docs/weergave-en-export.md#goede-praktijk): effectiveness — do participants progress? — and efficiency.
/// </summary>
public static class ImpactQuestions
{
    public const string RightThingsNl = "Doen we de goede dingen?";
    public const string RightThingsEn = "Are we doing the right things?";

    /// <summary>Outcomes: outflow to paid work, positive outflow, drop-out, certificates, rise on the participation ladder.</summary>
    public static readonly IReadOnlyList<IndicatorCode> RightThings =
        [IndicatorCode.P4R, IndicatorCode.P6R, IndicatorCode.P7R, IndicatorCode.P9, IndicatorCode.P11];

    public const string ThingsRightNl = "Doen we de dingen goed?";
    public const string ThingsRightEn = "Are we doing things right?";

    /// <summary>Efficiency: participant hours, work-learning places, revenue, revenue per participant hour, weight reused.</summary>
    public static readonly IReadOnlyList<IndicatorCode> ThingsRight =
        [IndicatorCode.P8, IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.E2, IndicatorCode.M2];
}
