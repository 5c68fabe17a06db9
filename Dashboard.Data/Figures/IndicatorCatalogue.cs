using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.SocialValue;
using static Dashboard.Data.Figures.IndicatorCode;

namespace Dashboard.Data.Figures;

/// <summary>
/// Every indicator with everything about it — the one place the calculator, protection, formatting, exports, targets,
/// explanations, pages and command line read a figure's rules from. A formula may read the figures before it, so the
/// order is the order of computation as well as of display. docs/indicatoren.md is generated from this catalogue.
/// </summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<Indicator> All =
    [
        new()
        {
            Code = P1, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.ActiveTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.ActiveParticipants(f.People),
            // A participant with trajectories in two groups counts in both, yet in practice the groups add up nearly to
            // the total: a single hidden group could be read back from it.
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P2, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.ActiveTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.Inflow(f.People),
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P3, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.Outflow(f.People),
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P4, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.OutflowToPaidWork(f.People),
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P4R, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.Rate(f[P4], f[P3]),
            SmallCells = SmallCellRule.NumeratorOrDenominator, DerivedFrom = [P4, P3],
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P5, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.OutflowToEducation(f.People),
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P6R, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.Rate(PeopleFormulas.PositiveOutflow(f[P4], f[P5]), f[P3]),
            SmallCells = SmallCellRule.NumeratorOrDenominator, DerivedFrom = [P4, P5, P3],
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P7R, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.LowerIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.Rate(PeopleFormulas.DropOuts(f.People), f[P3]),
            // The drop-outs are no figure of their own, so their second cell is hidden here; the outflow P3 hides its own.
            SmallCells = SmallCellRule.NumeratorOrDenominator, DerivedFrom = [P3], PartsAddUp = true,
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P8, Theme = IndicatorTheme.People, Kind = IndicatorKind.Sum, Subject = FigureSubject.ActiveTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.ParticipantHours(f.People),
            // Hours add up over groups like a count: a hidden group's hours were readable as the total minus the others.
            // P12 and E2 follow P8, as they are derived from it.
            SmallCells = SmallCellRule.Contributors, GroupsAddUp = true,
            Perturbation = PerturbationRule.Hours,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P9, Theme = IndicatorTheme.People, Kind = IndicatorKind.Count, Subject = FigureSubject.Certificates,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.Certificates(f.People),
            SmallCells = SmallCellRule.Count, GroupsAddUp = true,
            Perturbation = PerturbationRule.Count,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = P10, Theme = IndicatorTheme.People, Kind = IndicatorKind.Mean, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.Neutral,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.MeanLengthInMonths(f.People),
            // A mean over the outflow P3: were P3 hidden, the mean's digits could help work it back.
            SmallCells = SmallCellRule.Contributors, DerivedFrom = [P3],
            Perturbation = PerturbationRule.Rounded,
            TargetRule = TargetRule.None,
        },
        new()
        {
            Code = P11, Theme = IndicatorTheme.People, Kind = IndicatorKind.Mean, Subject = FigureSubject.EndedTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Number,
            Formula = f => PeopleFormulas.MeanLadderRise(f.People),
            // A mean over part of the outflow P3, hidden with it like P10.
            SmallCells = SmallCellRule.Contributors, DerivedFrom = [P3],
            Perturbation = PerturbationRule.Rounded,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P12, Theme = IndicatorTheme.People, Kind = IndicatorKind.Sum, Subject = FigureSubject.ActiveTrajectories,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => PeopleFormulas.FullTimeEquivalents(f[P8], f.Period, f.Settings.FteHoursPerWeek),
            SmallCells = SmallCellRule.Contributors, DerivedFrom = [P8],
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.LevelAddingUp,
            SettingsUsed = [ExplainedSetting.FteHoursPerWeek],
        },
        // Does the work last (docs/nameting.md): follow-ups of the trajectories that ended in paid work, as rates whose
        // numerator and denominator are each a cell of their own records — follow-ups for P13 and P14, trajectories for P15.
        // Those add up over groups without being figures of their own: P15's denominator is P4 of the period it looks back
        // to, so a group whose P4 was hidden there as a second cell must be hidden here too.
        new()
        {
            Code = P13, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.FollowUps,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.LastingWork(f.People.InWorkAfterSixMonths, f.People.AnsweredAfterSixMonths),
            SmallCells = SmallCellRule.NumeratorOrDenominator, PartsAddUp = true,
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P14, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.FollowUps,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.LastingWork(f.People.InWorkAfterTwelveMonths, f.People.AnsweredAfterTwelveMonths),
            SmallCells = SmallCellRule.NumeratorOrDenominator, PartsAddUp = true,
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = P15, Theme = IndicatorTheme.People, Kind = IndicatorKind.Rate, Subject = FigureSubject.FollowUps,
            Direction = Direction.HigherIsBetter,
            Decimals = 1, ExcelDecimals = 1, ChangeDecimals = 1, Notation = Notation.Percent,
            Formula = f => PeopleFormulas.FollowUpResponse(f.People),
            SmallCells = SmallCellRule.NumeratorOrDenominator, PartsAddUp = true,
            Perturbation = PerturbationRule.Rate,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = E1, Theme = IndicatorTheme.Money, Kind = IndicatorKind.SalesSum, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 2, ChangeDecimals = 0, Notation = Notation.Euro,
            Formula = f => SalesFormulas.Revenue(f.Sales),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = E2, Theme = IndicatorTheme.Money, Kind = IndicatorKind.SalesRatio, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Euro,
            Formula = f => SalesFormulas.RevenuePerParticipantHour(f[E1], f[P8]),
            // Revenue says nothing about people, but the hours it is divided by do.
            SmallCells = SmallCellRule.None, DerivedFrom = [P8],
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = E3, Theme = IndicatorTheme.Money, Kind = IndicatorKind.SalesRatio, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Euro,
            Formula = f => SalesFormulas.AverageSpend(f.Sales),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Level,
        },
        new()
        {
            Code = M1, Theme = IndicatorTheme.Environment, Kind = IndicatorKind.SalesSum, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 0, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => SalesFormulas.ItemsReused(f.Sales),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Amount,
        },
        new()
        {
            Code = M2, Theme = IndicatorTheme.Environment, Kind = IndicatorKind.SalesSum, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 1, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => SalesFormulas.WeightReusedKg(f.Sales, f.Settings),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Amount,
            SettingsUsed = [ExplainedSetting.AverageWeights],
        },
        new()
        {
            Code = M3, Theme = IndicatorTheme.Environment, Kind = IndicatorKind.SalesSum, Subject = FigureSubject.Sales,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 1, ChangeDecimals = 0, Notation = Notation.Number,
            Formula = f => SalesFormulas.Co2AvoidedKg(f.Sales, f.Settings),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Amount,
            SettingsUsed = [ExplainedSetting.AverageWeights, ExplainedSetting.Co2Factors],
        },
        // The social value (docs/maatschappelijke-waarde.md): the value map's prices on the outcomes above, in euros. Each
        // reads the quantities as this computation has them, so a protected viewer's value is that of the perturbed figures.
        new()
        {
            Code = W1, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.ValueSum, Subject = FigureSubject.SocialValue,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 2, ChangeDecimals = 0, Notation = Notation.Euro,
            Formula = f => SocialValueFormulas.PresentValue(f),
            SmallCells = SmallCellRule.PricedOutcomes,
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.Amount,
            SettingsUsed = [ExplainedSetting.ValueMap],
        },
        new()
        {
            Code = W2, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.ValueSum, Subject = FigureSubject.Investments,
            // More money raised is what a target for it asks.
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 2, ChangeDecimals = 0, Notation = Notation.Euro,
            Formula = f => SocialValueFormulas.Investment(f.Investments),
            SmallCells = SmallCellRule.None,
            Perturbation = PerturbationRule.None,
            TargetRule = TargetRule.Amount,
            SettingsUsed = [ExplainedSetting.Investments],
        },
        new()
        {
            Code = W3, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.Return, Subject = FigureSubject.SocialReturn,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Euro,
            Formula = f => SocialValueFormulas.Return(f[W1], f[W2]),
            SmallCells = SmallCellRule.PricedOutcomes,
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.Level,
            SettingsUsed = [ExplainedSetting.ValueMap, ExplainedSetting.Investments],
        },
        new()
        {
            Code = W4, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.ValueSum, Subject = FigureSubject.SocialValue,
            Direction = Direction.HigherIsBetter,
            Decimals = 0, ExcelDecimals = 2, ChangeDecimals = 0, Notation = Notation.Euro,
            Formula = SocialValueFormulas.GrossValue,
            SmallCells = SmallCellRule.PricedOutcomes,
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.None,
            SettingsUsed = [ExplainedSetting.ValueMap],
        },
        new()
        {
            Code = W3L, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.Return, Subject = FigureSubject.SocialReturn,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Euro,
            Formula = f => SocialValueFormulas.Return(SocialValueFormulas.PresentValue(f, SocialValueFormulas.Cautious), f[W2]),
            SmallCells = SmallCellRule.PricedOutcomes,
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.None,
            SettingsUsed = [ExplainedSetting.ValueMap, ExplainedSetting.Investments],
        },
        new()
        {
            Code = W3H, Theme = IndicatorTheme.SocialValue, Kind = IndicatorKind.Return, Subject = FigureSubject.SocialReturn,
            Direction = Direction.HigherIsBetter,
            Decimals = 2, ExcelDecimals = 2, ChangeDecimals = 2, Notation = Notation.Euro,
            Formula = f => SocialValueFormulas.Return(SocialValueFormulas.PresentValue(f, SocialValueFormulas.Generous), f[W2]),
            SmallCells = SmallCellRule.PricedOutcomes,
            Perturbation = PerturbationRule.FromPerturbed,
            TargetRule = TargetRule.None,
            SettingsUsed = [ExplainedSetting.ValueMap, ExplainedSetting.Investments],
        },
    ];

    private static readonly Dictionary<IndicatorCode, Indicator> ByCode = All.ToDictionary(i => i.Code);

    public static Indicator Get(IndicatorCode code) => ByCode[code];

    /// <summary>
    /// The indicator whose code this is, in any case ("p4r"); the code is also how targets and theories of change store
    /// it. Only a code: not a number or a list, which <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would take.
    /// </summary>
    public static IndicatorCode? Parse(string text) =>
        All.FirstOrDefault(i => string.Equals(i.Code.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;
}
