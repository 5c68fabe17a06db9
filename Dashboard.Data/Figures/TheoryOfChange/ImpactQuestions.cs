using System.Globalization;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// The two questions of the social-impact training, each with the indicators the practice page shows beside
/// the theory of change (docs/weergave-en-export.md#goede-praktijk): effectiveness — do participants progress? — and efficiency.
/// </summary>
public static class ImpactQuestions
{
    /// <summary>"Doen we de goede dingen?"</summary>
    public static string RightThingsQuestion(CultureInfo culture) => FigureTexts.Get("Question.RightThings", culture);

    /// <summary>
    /// Outcomes: outflow to paid work with whether that work lasts (after 6 and 12 months, and how many were followed up),
    /// positive outflow, drop-out, certificates, rise on the participation ladder.
    /// </summary>
    public static readonly IReadOnlyList<IndicatorCode> RightThings =
    [
        IndicatorCode.P4R, IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.P15,
        IndicatorCode.P6R, IndicatorCode.P7R, IndicatorCode.P9, IndicatorCode.P11,
    ];

    /// <summary>"Doen we de dingen goed?"</summary>
    public static string ThingsRightQuestion(CultureInfo culture) => FigureTexts.Get("Question.ThingsRight", culture);

    /// <summary>Efficiency: participant hours, work-learning places, revenue, revenue per participant hour, weight reused.</summary>
    public static readonly IReadOnlyList<IndicatorCode> ThingsRight =
        [IndicatorCode.P8, IndicatorCode.P12, IndicatorCode.E1, IndicatorCode.E2, IndicatorCode.M2];
}
