using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// The ready-made sentences of a factsheet (docs/weergave-en-export.md#factsheet), in Dutch or English, written from the figures: who was
/// reached, where they went and whether their work lasted, the hours worked, the certificates earned, the revenue and the goods reused, and what each
/// euro invested returns in social value — at most seven. A sentence is written only from figures that are shown (status Ok): a hidden figure, "geen gegevens" or
/// "n.v.t." drops its sentence or clause, so no sentence ever states a protected figure (docs/indicatoren.md#afscherming), and none
/// derives one either — every number in them is a figure the tiles could show.
/// </summary>
public static class FactsheetSentences
{
    public const int Most = 7;

    /// <param name="certificatesByKind">P9 per certificate kind (code → figure), to name the most earned kinds; optional.</param>
    /// <param name="valueMap">The value map where the social value applies, to say whether its values are examples; without it no return sentence.</param>
    /// <param name="sectorPosition">
    /// Where outflow to paid work stands in the sector (docs/weergave-en-export.md#sectorvergelijking), only when the position is
    /// shown with a quarter; it follows the outflow, and only when there is room under <see cref="Most"/>: it never pushes out a
    /// sentence about the subject's own figures.
    /// </param>
    public static IReadOnlyList<FactsheetSentence> Write(FactsheetSubject subject, Period period, IReadOnlyDictionary<IndicatorCode, Figure> figures,
        CultureInfo culture, IReadOnlyDictionary<string, Figure>? certificatesByKind = null, ValueMap? valueMap = null, string? sectorPosition = null)
    {
        decimal? Shown(IndicatorCode code) => figures.TryGetValue(code, out var figure) && figure.Status == FigureStatus.Ok ? figure.Value : null;

        var sentences = new List<FactsheetSentence>();
        void Add(FactsheetSentence? sentence)
        {
            if (sentence is not null)
            {
                sentences.Add(sentence with { Text = Capitalised(sentence.Text) });
            }
        }

        var reach = Reach(subject, period, Shown(IndicatorCode.P1), culture);
        Add(reach);
        Add(Outflow(period, Shown(IndicatorCode.P4R), Shown(IndicatorCode.P6R), afterReach: reach is not null, culture));
        Add(LastingWork(period, Shown(IndicatorCode.P13), Shown(IndicatorCode.P14), culture));
        var afterOutflow = sentences.Count;
        Add(Hours(Shown(IndicatorCode.P8), Shown(IndicatorCode.P12), culture));
        Add(Certificates(Shown(IndicatorCode.P9), certificatesByKind, culture));
        Add(MoneyAndGoods(subject, Shown(IndicatorCode.E1), Shown(IndicatorCode.M2), Shown(IndicatorCode.M3), culture));
        if (valueMap is not null)
        {
            Add(Return(Shown(IndicatorCode.W3), Shown(IndicatorCode.W3L), Shown(IndicatorCode.W3H), valueMap, culture));
        }
        if (sectorPosition is not null && sentences.Count < Most)
        {
            sentences.Insert(afterOutflow, new FactsheetSentence(Capitalised(sectorPosition), [IndicatorCode.P4R]));
        }
        return sentences.Take(Most).ToList();
    }

    /// <summary>"In 2025", "In het derde kwartaal van 2025", "In oktober 2025", "Van januari tot en met oktober 2026".</summary>
    public static string When(Period period, CultureInfo culture)
    {
        string Month(DateOnly day, bool withYear) => day.ToString(withYear ? "MMMM yyyy" : "MMMM", culture);
        string Day(DateOnly day, bool withYear) => day.ToString(withYear ? "d MMMM yyyy" : "d MMMM", culture);
        string FromTo(string from, string to) => FactsheetTexts.Format("When.FromTo", culture, from, to);
        var year = period.From.Year.ToString(CultureInfo.InvariantCulture);

        if (period.IsCalendarYear)
        {
            return FactsheetTexts.Format("When.Year", culture, year);
        }
        if (period.IsCalendarQuarter)
        {
            return FactsheetTexts.Format($"When.Quarter.{(period.From.Month + 2) / 3}", culture, year);
        }
        if (period.IsCalendarMonth)
        {
            return FactsheetTexts.Format("When.Month", culture, Month(period.From, true));
        }
        var sameYear = period.From.Year == period.To.Year;
        var wholeMonths = period.From.Day == 1 && period.To.Day == DateTime.DaysInMonth(period.To.Year, period.To.Month);
        return wholeMonths
            ? FromTo(Month(period.From, !sameYear), Month(period.To, true))
            : FromTo(Day(period.From, !sameYear), Day(period.To, true));
    }

    private static FactsheetSentence? Reach(FactsheetSubject subject, Period period, decimal? participants, CultureInfo culture)
    {
        if (participants is not > 0)
        {
            return null;
        }
        var people = FactsheetTexts.Counted("Sentence.People", participants == 1 ? 1 : 2, culture, NumberWords.Whole(participants.Value, culture));
        var when = When(period, culture);
        var practices = subject.Practices;
        var text = subject.Kind switch
        {
            FactsheetSubjectKind.PracticeKind => FactsheetTexts.Counted("Sentence.Reach.PracticeKind", practices, culture, when, Counted(subject, culture), people),
            FactsheetSubjectKind.Organisation => FactsheetTexts.Counted("Sentence.Reach.Organisation", practices, culture,
                when, subject.Name, people, NumberWords.Count(practices, culture)),
            _ => FactsheetTexts.Format("Sentence.Reach.Practice", culture, when, subject.Name, people),
        };
        return new FactsheetSentence(text, [IndicatorCode.P1]);
    }

    /// <summary>After the reach sentence the outflow follows on from it; without one it opens with the period.</summary>
    private static FactsheetSentence? Outflow(Period period, decimal? paidWork, decimal? positive, bool afterReach, CultureInfo culture)
    {
        if (paidWork is null && positive is null)
        {
            return null;
        }
        var p4 = paidWork is { } a ? NumberWords.Percent(a, culture) : null;
        var p6 = positive is { } b ? NumberWords.Percent(b, culture) : null;
        var which = (p4, p6) switch
        {
            (not null, not null) => "Both",
            (not null, null) => "PaidWork",
            _ => "Positive",
        };
        var text = FactsheetTexts.Format($"Sentence.Outflow.{(afterReach ? "AfterReach" : "Opening")}.{which}", culture,
            afterReach ? null : When(period, culture), p4, p6);
        var codes = new List<IndicatorCode>();
        if (p4 is not null)
        {
            codes.Add(IndicatorCode.P4R);
        }
        if (p6 is not null)
        {
            codes.Add(IndicatorCode.P6R);
        }
        return new FactsheetSentence(text, codes);
    }

    /// <summary>
    /// Whether the paid work lasted (docs/nameting.md): of those followed up half a year and a year after they left for
    /// paid work, with follow-ups dated in the period, the share still in paid work — each clause only when its figure is shown.
    /// </summary>
    private static FactsheetSentence? LastingWork(Period period, decimal? sixMonths, decimal? twelveMonths, CultureInfo culture)
    {
        var (which, codes) = (sixMonths, twelveMonths) switch
        {
            (not null, not null) => ("Both", new[] { IndicatorCode.P13, IndicatorCode.P14 }),
            (not null, null) => ("SixMonths", [IndicatorCode.P13]),
            (null, not null) => ("TwelveMonths", [IndicatorCode.P14]),
            _ => (null, []),
        };
        if (which is null)
        {
            return null;
        }
        var when = When(period, culture);
        var text = FactsheetTexts.Format($"Sentence.LastingWork.{which}", culture, char.ToLower(when[0], culture) + when[1..],
            sixMonths is { } six ? NumberWords.Percent(six, culture) : null, twelveMonths is { } twelve ? NumberWords.Percent(twelve, culture) : null);
        return new FactsheetSentence(text, codes);
    }

    private static FactsheetSentence? Hours(decimal? hours, decimal? fte, CultureInfo culture)
    {
        if (hours is not > 0)
        {
            return null;
        }
        var worked = FactsheetTexts.Counted("Sentence.Hours", hours == 1 ? 1 : 2, culture, NumberWords.Whole(hours.Value, culture));
        var places = fte is > 0 ? FactsheetTexts.Format("Sentence.Hours.Places", culture, fte.Value.ToString("N1", culture)) : "";
        return new FactsheetSentence(worked + places + ".", fte is > 0 ? [IndicatorCode.P8, IndicatorCode.P12] : [IndicatorCode.P8]);
    }

    private static FactsheetSentence? Certificates(decimal? certificates, IReadOnlyDictionary<string, Figure>? byKind, CultureInfo culture)
    {
        if (certificates is not > 0)
        {
            return null;
        }
        var one = certificates == 1;
        var kinds = one ? [] : MostEarned(byKind, culture);
        var such = kinds.Count switch
        {
            0 => "",
            1 => FactsheetTexts.Format("Sentence.Certificates.Mostly", culture, kinds[0]),
            _ => FactsheetTexts.Format("Sentence.Certificates.SuchAs", culture, kinds[0], kinds[1]),
        };
        var text = FactsheetTexts.Counted("Sentence.Certificates", one ? 1 : 2, culture, NumberWords.Whole(certificates.Value, culture), such);
        return new FactsheetSentence(text, [IndicatorCode.P9]);
    }

    /// <summary>The one or two kinds most earned, named only when shown and above zero; "overig" and "onbekend" say nothing.</summary>
    private static IReadOnlyList<string> MostEarned(IReadOnlyDictionary<string, Figure>? byKind, CultureInfo culture)
    {
        if (byKind is null)
        {
            return [];
        }
        var shown = byKind
            .Where(p => p.Value.Status == FigureStatus.Ok && p.Value.Value is > 0 && CertificateKindsPlural.Contains(p.Key))
            .OrderByDescending(p => p.Value.Value)
            .Select(p => FactsheetTexts.Get($"Certificates.{p.Key}", culture))
            .Take(2)
            .ToList();
        return shown;
    }

    /// <summary>The certificate kinds a sentence names, in the plural (FactsheetTexts' Certificates.{kind}).</summary>
    private static readonly IReadOnlySet<string> CertificateKindsPlural =
        new HashSet<string> { "mbo_diploma", "mbo_certificaat", "praktijkverklaring", "branchecertificaat" };

    /// <summary>
    /// Revenue and goods reused, in one sentence of one or two clauses; "samen" / "Together" when several practices of a
    /// kind did it, and the second clause without its subject.
    /// </summary>
    private static FactsheetSentence? MoneyAndGoods(FactsheetSubject subject, decimal? revenue, decimal? weight, decimal? co2, CultureInfo culture)
    {
        var hasRevenue = revenue is > 0;
        var hasWeight = weight is > 0;
        if (!hasRevenue && !hasWeight)
        {
            return null;
        }
        var doers = subject.Kind == FactsheetSubjectKind.PracticeKind && subject.Practices != 1 ? 2 : 1;
        var who = subject.Kind == FactsheetSubjectKind.PracticeKind
            ? FactsheetTexts.Format("Sentence.Who.PracticeKind", culture, PracticeKindNoun.For(subject.PracticeKind ?? "", subject.Practices, culture))
            : subject.Name;
        var clauses = new List<string>();
        var codes = new List<IndicatorCode>();
        if (hasRevenue)
        {
            clauses.Add(FactsheetTexts.Counted("Sentence.Revenue", doers, culture, who, NumberWords.Money(revenue!.Value, culture)));
            codes.Add(IndicatorCode.E1);
        }
        if (hasWeight)
        {
            clauses.Add(FactsheetTexts.Counted(hasRevenue ? "Sentence.Weight.AfterRevenue" : "Sentence.Weight", doers, culture,
                who, NumberWords.Weight(weight!.Value, culture)));
            codes.Add(IndicatorCode.M2);
            if (co2 is > 0)
            {
                clauses[^1] += FactsheetTexts.Format("Sentence.Co2", culture, NumberWords.Weight(co2.Value, culture));
                codes.Add(IndicatorCode.M3);
            }
        }
        return new FactsheetSentence(string.Join(FactsheetTexts.Get("List.LastSeparator", culture), clauses) + ".", codes);
    }

    /// <summary>
    /// What each euro invested returns, with its range (docs/maatschappelijke-waarde.md#berekening) and always labelled
    /// indicative — based on example values until the map is confirmed; only when the return and both ends of its range
    /// are shown, and the return is above zero.
    /// </summary>
    private static FactsheetSentence? Return(decimal? value, decimal? cautious, decimal? generous, ValueMap map, CultureInfo culture)
    {
        if (value is not > 0 || cautious is null || generous is null)
        {
            return null;
        }
        string Euros(IndicatorCode code, decimal euros) => FigureFormat.Number(code, euros, culture);
        var (low, high) = SocialValueFormulas.Range(cautious.Value, generous.Value);
        var text = FactsheetTexts.Format("Sentence.Return", culture, Euros(IndicatorCode.W3, value.Value), Euros(IndicatorCode.W3L, low),
            Euros(IndicatorCode.W3H, high), SocialValueView.Label(!map.IsConfirmed, culture));
        return new FactsheetSentence(text, [IndicatorCode.W3, IndicatorCode.W3L, IndicatorCode.W3H]);
    }

    private static string Counted(FactsheetSubject subject, CultureInfo culture) =>
        $"{NumberWords.Count(subject.Practices, culture)} {PracticeKindNoun.For(subject.PracticeKind ?? "", subject.Practices, culture)}";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Dutch.Culture) + text[1..];
}
