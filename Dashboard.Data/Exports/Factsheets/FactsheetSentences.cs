using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// The ready-made sentences of a factsheet (docs/weergave-en-export.md#factsheet), in Dutch or English, written from the figures: who was
/// reached, where they went, the hours worked, the certificates earned, the revenue and the goods reused — at most
/// five. A sentence is written only from figures that are shown (status Ok): a hidden figure, "geen gegevens" or
/// "n.v.t." drops its sentence or clause, so no sentence ever states a protected figure (docs/indicatoren.md#afscherming), and none
/// derives one either — every number in them is a figure the tiles could show.
/// </summary>
public static class FactsheetSentences
{
    public const int Most = 5;

    /// <param name="certificatesByKind">P9 per certificate kind (code → figure), to name the most earned kinds; optional.</param>
    public static IReadOnlyList<FactsheetSentence> Write(FactsheetSubject subject, Period period, IReadOnlyDictionary<IndicatorCode, Figure> figures,
        CultureInfo culture, IReadOnlyDictionary<string, Figure>? certificatesByKind = null)
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
        Add(Hours(Shown(IndicatorCode.P8), Shown(IndicatorCode.P12), culture));
        Add(Certificates(Shown(IndicatorCode.P9), certificatesByKind, culture));
        Add(MoneyAndGoods(subject, Shown(IndicatorCode.E1), Shown(IndicatorCode.M2), Shown(IndicatorCode.M3), culture));
        return sentences.Take(Most).ToList();
    }

    /// <summary>"In 2025", "In het derde kwartaal van 2025", "In oktober 2025", "Van januari tot en met oktober 2026".</summary>
    public static string When(Period period, CultureInfo culture)
    {
        string Month(DateOnly day, bool withYear) => day.ToString(withYear ? "MMMM yyyy" : "MMMM", culture);
        string Day(DateOnly day, bool withYear) => day.ToString(withYear ? "d MMMM yyyy" : "d MMMM", culture);
        string FromTo(string from, string to) => culture.IsEnglish() ? $"From {from} to {to}" : $"Van {from} tot en met {to}";

        if (period.IsCalendarYear)
        {
            return $"In {period.From.Year}";
        }
        if (period.IsCalendarQuarter)
        {
            string[] ordinals = culture.IsEnglish() ? ["first", "second", "third", "fourth"] : ["eerste", "tweede", "derde", "vierde"];
            var quarter = (period.From.Month + 2) / 3;
            return culture.IsEnglish()
                ? $"In the {ordinals[quarter - 1]} quarter of {period.From.Year}"
                : $"In het {ordinals[quarter - 1]} kwartaal van {period.From.Year}";
        }
        if (period.IsCalendarMonth)
        {
            return "In " + Month(period.From, true);
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
        var people = culture.IsEnglish()
            ? $"{NumberWords.Whole(participants.Value, culture)} {(participants == 1 ? "person" : "people")}"
            : $"{NumberWords.Whole(participants.Value, culture)} {(participants == 1 ? "persoon" : "mensen")}";
        var when = When(period, culture);
        var practices = subject.Practices;
        var text = (subject.Kind, culture.IsEnglish()) switch
        {
            (FactsheetSubjectKind.PracticeKind, false) =>
                $"{when} {(practices == 1 ? "bood" : "boden")} de {Counted(subject, culture)} {people} een werkleerplek.",
            (FactsheetSubjectKind.PracticeKind, true) =>
                $"{when}, the {Counted(subject, culture)} offered {people} a place to work and learn.",
            (FactsheetSubjectKind.Organisation, false) =>
                $"{when} bood {subject.Name} {people} een werkleerplek in {NumberWords.Count(practices, culture)} {(practices == 1 ? "praktijk" : "praktijken")}.",
            (FactsheetSubjectKind.Organisation, true) =>
                $"{when}, {subject.Name} offered {people} a place to work and learn in {NumberWords.Count(practices, culture)} {(practices == 1 ? "practice" : "practices")}.",
            (_, false) => $"{when} bood {subject.Name} {people} een werkleerplek.",
            (_, true) => $"{when}, {subject.Name} offered {people} a place to work and learn.",
        };
        return new FactsheetSentence(text, [IndicatorCode.P1]);
    }

    private static FactsheetSentence? Outflow(Period period, decimal? paidWork, decimal? positive, bool afterReach, CultureInfo culture)
    {
        if (paidWork is null && positive is null)
        {
            return null;
        }
        var p4 = paidWork is { } a ? NumberWords.Percent(a, culture) : null;
        var p6 = positive is { } b ? NumberWords.Percent(b, culture) : null;
        string text;
        if (culture.IsEnglish())
        {
            var who = afterReach ? "of those who left" : "of the participants who left";
            var clauses = new List<string>();
            if (p4 is not null)
            {
                clauses.Add($"{p4} {who} found paid work");
            }
            if (p6 is not null)
            {
                clauses.Add(p4 is null ? $"{p6} {who} moved on to paid work or education" : $"{p6} moved on to paid work or education");
            }
            text = (afterReach ? "" : When(period, culture) + ", ") + string.Join("; ", clauses) + ".";
        }
        else if (afterReach)
        {
            text = p4 is not null
                ? $"{p4} van wie uitstroomde vond betaald werk{(p6 is null ? "" : $"; {p6} ging naar betaald werk of een opleiding")}."
                : $"{p6} van wie uitstroomde ging naar betaald werk of een opleiding.";
        }
        else
        {
            var when = When(period, culture);
            text = p4 is not null
                ? $"{when} vond {p4} van de deelnemers die uitstroomden betaald werk{(p6 is null ? "" : $"; {p6} ging naar betaald werk of een opleiding")}."
                : $"{when} ging {p6} van de deelnemers die uitstroomden naar betaald werk of een opleiding.";
        }
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

    private static FactsheetSentence? Hours(decimal? hours, decimal? fte, CultureInfo culture)
    {
        if (hours is not > 0)
        {
            return null;
        }
        var worked = culture.IsEnglish()
            ? $"Together the participants worked {NumberWords.Whole(hours.Value, culture)} {(hours == 1 ? "hour" : "hours")}"
            : $"Samen werkten de deelnemers {NumberWords.Whole(hours.Value, culture)} uur";
        var places = fte is > 0
            ? culture.IsEnglish() ? $", equal to {fte.Value.ToString("N1", culture)} FTE of work-learning places" : $", goed voor {fte.Value.ToString("N1", culture)} fte aan werkleerplekken"
            : "";
        return new FactsheetSentence(worked + places + ".", fte is > 0 ? [IndicatorCode.P8, IndicatorCode.P12] : [IndicatorCode.P8]);
    }

    private static FactsheetSentence? Certificates(decimal? certificates, IReadOnlyDictionary<string, Figure>? byKind, CultureInfo culture)
    {
        if (certificates is not > 0)
        {
            return null;
        }
        var n = NumberWords.Whole(certificates.Value, culture);
        var one = certificates == 1;
        var kinds = one ? [] : MostEarned(byKind, culture);
        var such = kinds.Count switch
        {
            0 => "",
            1 => culture.IsEnglish() ? $", mostly {kinds[0]}" : $", vooral {kinds[0]}",
            _ => culture.IsEnglish() ? $", such as {kinds[0]} and {kinds[1]}" : $", zoals {kinds[0]} en {kinds[1]}",
        };
        var text = culture.IsEnglish()
            ? $"Participants earned {n} {(one ? "certificate" : "certificates")}{such}."
            : one ? $"Er werd {n} certificaat behaald." : $"Er werden {n} certificaten behaald{such}.";
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

    private static FactsheetSentence? MoneyAndGoods(FactsheetSubject subject, decimal? revenue, decimal? weight, decimal? co2, CultureInfo culture)
    {
        var hasRevenue = revenue is > 0;
        var hasWeight = weight is > 0;
        if (!hasRevenue && !hasWeight)
        {
            return null;
        }
        var plural = subject.Kind == FactsheetSubjectKind.PracticeKind && subject.Practices != 1;
        var who = subject.Kind == FactsheetSubjectKind.PracticeKind
            ? (culture.IsEnglish() ? "the " : "de ") + PracticeKindNoun.For(subject.PracticeKind ?? "", subject.Practices, culture)
            : subject.Name;
        var together = plural ? culture.IsEnglish() ? "Together " : " samen" : "";
        var clauses = new List<string>();
        var codes = new List<IndicatorCode>();
        if (hasRevenue)
        {
            var money = NumberWords.Money(revenue!.Value, culture);
            clauses.Add(culture.IsEnglish()
                ? $"{together}{who} generated {money} in revenue"
                : $"{who} {(plural ? "zetten" : "zette")}{together} {money} om");
            codes.Add(IndicatorCode.E1);
        }
        if (hasWeight)
        {
            var kilograms = NumberWords.Weight(weight!.Value, culture);
            clauses.Add((hasRevenue, culture.IsEnglish()) switch
            {
                (true, true) => $"gave {kilograms} of goods a second life",
                (false, true) => $"{together}{who} gave {kilograms} of goods a second life",
                (true, false) => $"{(plural ? "gaven" : "gaf")} {kilograms} aan spullen een tweede leven",
                (false, false) => $"{who} {(plural ? "gaven" : "gaf")}{together} {kilograms} aan spullen een tweede leven",
            });
            codes.Add(IndicatorCode.M2);
            if (co2 is > 0)
            {
                clauses[^1] += culture.IsEnglish()
                    ? $", avoiding an estimated {NumberWords.Weight(co2.Value, culture)} of CO2"
                    : $", goed voor naar schatting {NumberWords.Weight(co2.Value, culture)} vermeden CO2-uitstoot";
                codes.Add(IndicatorCode.M3);
            }
        }
        return new FactsheetSentence(string.Join(culture.IsEnglish() ? " and " : " en ", clauses) + ".", codes);
    }

    private static string Counted(FactsheetSubject subject, CultureInfo culture) =>
        $"{NumberWords.Count(subject.Practices, culture)} {PracticeKindNoun.For(subject.PracticeKind ?? "", subject.Practices, culture)}";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Dutch.Culture) + text[1..];
}
