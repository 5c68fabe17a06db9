using System.Globalization;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures;

/// <summary>
/// Everything about one figure, in one place: what it is, how it is computed, how it reads, how small-cell protection
/// and perturbation treat it, where it applies, how targets treat it and which settings its explanation states. The calculator,
/// protection, formatting, exports, targets, explanations and docs/indicatoren.md read it from here. Its name, unit,
/// definition and calculation are resources per language (IndicatorTexts.resx, Dutch; IndicatorTexts.en.resx), under
/// the keys "{code}.Name", "{code}.Unit", "{code}.Definition" and "{code}.Calculation".
/// </summary>
public sealed record Indicator
{
    public required IndicatorCode Code { get; init; }

    public required IndicatorTheme Theme { get; init; }

    public required IndicatorKind Kind { get; init; }

    /// <summary>The facts it counts, which decide the breakdowns and filters it applies under.</summary>
    public required FigureSubject Subject { get; init; }

    public required Direction Direction { get; init; }

    /// <summary>Decimals on screen, in words and in a factsheet.</summary>
    public required int Decimals { get; init; }

    /// <summary>Decimals in a spreadsheet: at least those on screen, so a sum keeps its cents and its grams.</summary>
    public required int ExcelDecimals { get; init; }

    /// <summary>Decimals of an absolute change: in percentage points for a rate, else where a change in percent does not exist.</summary>
    public required int ChangeDecimals { get; init; }

    public required Notation Notation { get; init; }

    /// <summary>Computes the figure of one group, unprotected, from its tallies and the figures before it in the catalogue.</summary>
    public required Func<FormulaInput, Measure> Formula { get; init; }

    /// <summary>When small-cell protection hides the figure on its own.</summary>
    public required SmallCellRule SmallCells { get; init; }

    /// <summary>How cell-key perturbation shifts it for a protected viewer.</summary>
    public required PerturbationRule Perturbation { get; init; }

    /// <summary>
    /// Whether its groups add up to the total, so that one hidden group could be worked back from the others: then
    /// the smallest other non-zero group is hidden too.
    /// </summary>
    public bool GroupsAddUp { get; init; }

    /// <summary>
    /// For a rate whose numerator and denominator are counts that add up over groups but are no figures of their own (P7R's
    /// drop-outs, the follow-ups of P13 and P14, the paid-work outflow P15 looks back to): when exactly one group's
    /// numerator — or denominator — is small, the rate of the group with the smallest other non-zero numerator — or
    /// denominator — is hidden too, as a count's second cell is, so the small one cannot be worked back from the total.
    /// </summary>
    public bool PartsAddUp { get; init; }

    /// <summary>The figures it is computed from: hidden whenever one of them is.</summary>
    public IReadOnlyList<IndicatorCode> DerivedFrom { get; init; } = [];

    public required TargetRule TargetRule { get; init; }

    /// <summary>The settings its explanation states with their values.</summary>
    public IReadOnlyList<ExplainedSetting> SettingsUsed { get; init; } = [];

    public string Name(CultureInfo culture) => IndicatorTexts.Get(Code, IndicatorTexts.Name, culture);
    public string Unit(CultureInfo culture) => IndicatorTexts.Get(Code, IndicatorTexts.Unit, culture);
    public string Definition(CultureInfo culture) => IndicatorTexts.Get(Code, IndicatorTexts.Definition, culture);

    /// <summary>How it is computed, and what happens when there is nothing to divide by: for docs/indicatoren.md.</summary>
    public string Calculation(CultureInfo culture) => IndicatorTexts.Get(Code, IndicatorTexts.Calculation, culture);

    /// <summary>Whether small-cell protection can hide it: on its own, or with a figure it is derived from.</summary>
    public bool IsProtected => SmallCells != SmallCellRule.None || DerivedFrom.Count > 0;

    /// <summary>Counts and sums can be shown per participant, per 1,000 participant hours or per m²; rates and means cannot.</summary>
    public bool CanBeNormalised => Kind is IndicatorKind.Count or IndicatorKind.Sum or IndicatorKind.SalesSum;

    /// <summary>A change of a rate is in percentage points, not in percent.</summary>
    public bool ChangesInPercentagePoints => Kind == IndicatorKind.Rate;

    public bool CanHaveTarget => TargetRule != TargetRule.None;

    /// <summary>Whether the targets of several practices add up to the target of a view of them together.</summary>
    public bool TargetsAddUp => TargetRule is TargetRule.LevelAddingUp or TargetRule.Amount;
}
