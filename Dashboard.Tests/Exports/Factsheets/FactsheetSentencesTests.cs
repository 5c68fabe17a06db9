using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Tests.Exports.Factsheets;

/// <summary>The ready-made sentences, from hand-made figures: what they say, in Dutch and English, and what they must never say.</summary>
public sealed class FactsheetSentencesTests
{
    private static readonly FactsheetSubject SevenRestaurants = FactsheetSubject.PracticesOfKind("horeca", 7);

    private static Figure Ok(IndicatorCode code, decimal value) => new(code, FigureStatus.Ok, value, 10);

    /// <summary>A hidden figure that still carries a value, to prove the sentences look at the status and never at the value.</summary>
    private static Figure Hidden(IndicatorCode code, decimal value) => new(code, FigureStatus.Hidden, value, null);

    private static Dictionary<IndicatorCode, Figure> Restaurants() => new[]
    {
        Ok(IndicatorCode.P1, 171), Ok(IndicatorCode.P4R, 35.2m), Ok(IndicatorCode.P6R, 51.8m), Ok(IndicatorCode.P8, 103_217.4m),
        Ok(IndicatorCode.P12, 55.64m), Ok(IndicatorCode.P9, 97), Ok(IndicatorCode.E1, 1_234_567.89m), Ok(IndicatorCode.M2, 0), Ok(IndicatorCode.M3, 0),
    }.ToDictionary(f => f.Code);

    private static readonly Dictionary<string, Figure> CertificateKinds = new()
    {
        ["branchecertificaat"] = Ok(IndicatorCode.P9, 31),
        ["praktijkverklaring"] = Ok(IndicatorCode.P9, 52),
        ["mbo_diploma"] = Hidden(IndicatorCode.P9, 4),
        ["overig"] = Ok(IndicatorCode.P9, 10),
    };

    private static IReadOnlyList<string> Write(FactsheetSubject subject, Period period, Dictionary<IndicatorCode, Figure> figures, CultureInfo? culture = null,
        Dictionary<string, Figure>? kinds = null, ValueMap? valueMap = null) =>
        FactsheetSentences.Write(subject, period, figures, culture ?? Language.Dutch, kinds, valueMap).Select(s => s.Text).ToList();

    /// <summary>
    /// The restaurants with lasting work (78,4% after 6 months, 70% after 12) and a return of € 2,40 per euro,
    /// € 1,70 – € 3,20 (figures exact beyond the cent, as the table holds them): a sentence for every figure.
    /// </summary>
    private static Dictionary<IndicatorCode, Figure> RestaurantsWithReturn()
    {
        var figures = Restaurants();
        figures[IndicatorCode.P13] = Ok(IndicatorCode.P13, 78.4m);
        figures[IndicatorCode.P14] = Ok(IndicatorCode.P14, 70m);
        figures[IndicatorCode.W3] = Ok(IndicatorCode.W3, 2.3986m);
        figures[IndicatorCode.W3L] = Ok(IndicatorCode.W3L, 1.7049m);
        figures[IndicatorCode.W3H] = Ok(IndicatorCode.W3H, 3.2049m);
        return figures;
    }

    private static readonly ValueMap Confirmed = ExampleValueMap.Map.ConfirmedAs("beheerder", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_restaurants_of_2025_read_as_a_funding_proposal_would_put_them()
    {
        Assert.Equal(
        [
            "In 2025 boden de zeven horecazaken 171 mensen een werkleerplek.",
            "35% van wie uitstroomde vond betaald werk; 52% ging naar betaald werk of een opleiding.",
            "Samen werkten de deelnemers 103.217 uur, goed voor 55,6 fte aan werkleerplekken.",
            "Er werden 97 certificaten behaald, zoals praktijkverklaringen en branchecertificaten.",
            "De horecazaken zetten samen € 1,23 miljoen om.",
        ], Write(SevenRestaurants, Period.Year(2025), Restaurants(), kinds: CertificateKinds));
    }

    [Fact]
    public void In_English_the_same_figures_read_as_English_sentences()
    {
        Assert.Equal(
        [
            "In 2025, the seven cafés and restaurants offered 171 people a place to work and learn.",
            "35% of those who left found paid work; 52% moved on to paid work or education.",
            "Together the participants worked 103,217 hours, equal to 55.6 FTE of work-learning places.",
            "Participants earned 97 certificates, such as workplace statements and industry certificates.",
            "Together the cafés and restaurants generated €1.23 million in revenue.",
        ], Write(SevenRestaurants, Period.Year(2025), Restaurants(), Language.English, kinds: CertificateKinds));
    }

    [Fact]
    public void An_organisation_names_itself_its_practices_and_the_goods_it_gave_a_second_life()
    {
        var figures = new[]
        {
            Ok(IndicatorCode.P1, 224), Ok(IndicatorCode.P4R, 21.1m), Ok(IndicatorCode.P8, 151_643), Ok(IndicatorCode.P9, 83),
            Ok(IndicatorCode.E1, 2_258_501), Ok(IndicatorCode.M2, 629_324), Ok(IndicatorCode.M3, 629_324),
        }.ToDictionary(f => f.Code);
        var subject = FactsheetSubject.Organisation("Kringloop Aan de Maas", 10);

        Assert.Equal(
        [
            "In 2025 bood Kringloop Aan de Maas 224 mensen een werkleerplek in tien praktijken.",
            "21% van wie uitstroomde vond betaald werk.",
            "Samen werkten de deelnemers 151.643 uur.",
            "Er werden 83 certificaten behaald.",
            "Kringloop Aan de Maas zette € 2,26 miljoen om en gaf 629 ton aan spullen een tweede leven, goed voor naar schatting 629 ton vermeden CO2-uitstoot.",
        ], Write(subject, Period.Year(2025), figures));
        Assert.Equal(
            "Kringloop Aan de Maas generated €2.26 million in revenue and gave 629 tonnes of goods a second life, avoiding an estimated 629 tonnes of CO2.",
            Write(subject, Period.Year(2025), figures, Language.English)[^1]);
    }

    [Fact]
    public void A_hidden_outflow_rate_drops_its_sentence_and_its_value_appears_nowhere()
    {
        var figures = Restaurants();
        figures[IndicatorCode.P4R] = Hidden(IndicatorCode.P4R, 37.5m);
        figures[IndicatorCode.P6R] = Hidden(IndicatorCode.P6R, 62.5m);

        var sentences = Write(SevenRestaurants, Period.Year(2025), figures);

        Assert.Equal(4, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.Contains("uitstroom", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => Regex.IsMatch(s, @"\b(37|38|62|63)\b"));
    }

    [Fact]
    public void A_hidden_participant_count_drops_the_first_sentence_and_the_next_names_the_period_itself()
    {
        var figures = Restaurants();
        figures[IndicatorCode.P1] = Hidden(IndicatorCode.P1, 4);

        var sentences = Write(SevenRestaurants, Period.Year(2025), figures);
        var english = Write(SevenRestaurants, Period.Year(2025), figures, Language.English);

        Assert.Equal("In 2025 vond 35% van de deelnemers die uitstroomden betaald werk; 52% ging naar betaald werk of een opleiding.", sentences[0]);
        Assert.Equal("In 2025, 35% of the participants who left found paid work; 52% moved on to paid work or education.", english[0]);
        Assert.DoesNotContain(sentences.Concat(english), s => Regex.IsMatch(s, @"\b4\b"));
    }

    [Fact]
    public void A_kind_of_certificate_whose_count_is_hidden_is_never_named()
    {
        var kinds = new Dictionary<string, Figure>
        {
            ["mbo_diploma"] = Hidden(IndicatorCode.P9, 4),
            ["praktijkverklaring"] = Ok(IndicatorCode.P9, 52),
        };

        var sentence = Write(SevenRestaurants, Period.Year(2025), Restaurants(), kinds: kinds)[3];

        Assert.Equal("Er werden 97 certificaten behaald, vooral praktijkverklaringen.", sentence);
    }

    [Theory]
    [InlineData(FigureStatus.NoData)]
    [InlineData(FigureStatus.NotApplicable)]
    [InlineData(FigureStatus.Hidden)]
    public void A_figure_without_a_value_to_show_drops_its_sentence(FigureStatus status)
    {
        var figures = Restaurants();
        foreach (var code in new[] { IndicatorCode.P8, IndicatorCode.P12, IndicatorCode.E1 })
        {
            figures[code] = new Figure(code, status, null, null);
        }

        var sentences = Write(SevenRestaurants, Period.Year(2025), figures);

        Assert.Equal(3, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.Contains("uur", StringComparison.Ordinal) || s.Contains('€'));
    }

    [Fact]
    public void One_of_something_is_singular()
    {
        var figures = new[] { Ok(IndicatorCode.P1, 1), Ok(IndicatorCode.P8, 1), Ok(IndicatorCode.P9, 1) }.ToDictionary(f => f.Code);

        Assert.Equal(
            ["In 2025 bood Restaurant De Pan 1 persoon een werkleerplek.", "Samen werkten de deelnemers 1 uur.", "Er werd 1 certificaat behaald."],
            Write(FactsheetSubject.Practice("Restaurant De Pan"), Period.Year(2025), figures));
        Assert.Equal(
            ["In 2025, Restaurant De Pan offered 1 person a place to work and learn.", "Together the participants worked 1 hour.", "Participants earned 1 certificate."],
            Write(FactsheetSubject.Practice("Restaurant De Pan"), Period.Year(2025), figures, Language.English));
        Assert.Equal("In 2025 bood Kringloop Klein 1 persoon een werkleerplek in één praktijk.",
            Write(FactsheetSubject.Organisation("Kringloop Klein", 1), Period.Year(2025), figures)[0]);
        Assert.Equal("In 2025 boden de twee fietsenwerkplaatsen 1 persoon een werkleerplek.",
            Write(FactsheetSubject.PracticesOfKind("fietsen", 2), Period.Year(2025), figures)[0]);
    }

    [Fact]
    public void There_are_never_more_than_seven_sentences_the_return_last()
    {
        var figures = RestaurantsWithReturn();
        figures[IndicatorCode.M2] = Ok(IndicatorCode.M2, 12_400);

        var sentences = Write(FactsheetSubject.PracticesOfKind("fietsen", 3), Period.Year(2025), figures, valueMap: ExampleValueMap.Map);

        Assert.Equal(FactsheetSentences.Most, sentences.Count);
        Assert.Equal("De fietsenwerkplaatsen zetten samen € 1,23 miljoen om en gaven 12,4 ton aan spullen een tweede leven.", sentences[^2]);
        Assert.StartsWith("Elke geïnvesteerde euro ", sentences[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Lasting_work_follows_the_outflow_as_the_share_still_working_of_those_followed_up()
    {
        var figures = Restaurants();
        figures[IndicatorCode.P13] = Ok(IndicatorCode.P13, 78.4m);

        var sixMonths = FactsheetSentences.Write(SevenRestaurants, Period.Year(2025), figures, Language.Dutch);
        figures[IndicatorCode.P14] = Ok(IndicatorCode.P14, 69.6m);
        var both = Write(SevenRestaurants, Period.Quarter(2025, 3), figures);
        var english = Write(SevenRestaurants, Period.Year(2025), figures, Language.English);

        Assert.Equal("Van wie betaald werk vond en in 2025 een half jaar later werd nagebeld, werkte nog 78%.", sixMonths[2].Text);
        Assert.Equal([IndicatorCode.P13], sixMonths[2].Codes);
        Assert.Equal("Van wie betaald werk vond en in het derde kwartaal van 2025 een half jaar later werd nagebeld, werkte nog 78%; "
            + "van wie een jaar later werd nagebeld nog 70%.", both[2]);
        Assert.Equal("Of those who found paid work and were followed up half a year later in 2025, 78% were still working; "
            + "of those followed up a year later, 70%.", english[2]);
    }

    [Theory]
    [InlineData(FigureStatus.Hidden)]
    [InlineData(FigureStatus.NoData)]
    [InlineData(FigureStatus.NotApplicable)]
    public void Lasting_work_that_is_not_shown_drops_its_clause_or_its_sentence(FigureStatus status)
    {
        var figures = Restaurants();
        figures[IndicatorCode.P13] = new Figure(IndicatorCode.P13, status, 40m, null);
        figures[IndicatorCode.P14] = Ok(IndicatorCode.P14, 69.6m);

        var onlyAYear = Write(SevenRestaurants, Period.Year(2025), figures);
        figures[IndicatorCode.P14] = new Figure(IndicatorCode.P14, status, 40m, null);
        var none = Write(SevenRestaurants, Period.Year(2025), figures);

        Assert.Equal("Van wie betaald werk vond en in 2025 een jaar later werd nagebeld, werkte nog 70%.", onlyAYear[2]);
        Assert.DoesNotContain(none, s => s.Contains("nagebeld", StringComparison.Ordinal) || s.Contains("40", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sector_position_follows_the_outflow_when_there_is_room_and_never_pushes_out_a_sentence_of_the_own_figures()
    {
        const string Sector = "met 35,2% (% uitstroom naar betaald werk) zit Horeca in het hoogste kwart van de 9 andere organisaties.";

        var withRoom = FactsheetSentences.Write(SevenRestaurants, Period.Year(2025), Restaurants(), Language.Dutch, CertificateKinds, sectorPosition: Sector);
        var full = FactsheetSentences.Write(SevenRestaurants, Period.Year(2025), RestaurantsWithReturn(), Language.Dutch, CertificateKinds,
            ExampleValueMap.Map, Sector);

        Assert.Equal(6, withRoom.Count);
        Assert.Equal("Met 35,2% (% uitstroom naar betaald werk) zit Horeca in het hoogste kwart van de 9 andere organisaties.", withRoom[2].Text);
        Assert.Equal([IndicatorCode.P4R], withRoom[2].Codes);
        Assert.StartsWith("35%", withRoom[1].Text, StringComparison.Ordinal);
        Assert.Equal(FactsheetSentences.Most, full.Count);
        Assert.DoesNotContain(full, s => s.Text.Contains("andere organisaties", StringComparison.Ordinal));
        Assert.StartsWith("Elke geïnvesteerde euro ", full[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_return_reads_with_its_range_and_says_it_is_indicative_and_based_on_example_values()
    {
        var sentences = Write(SevenRestaurants, Period.Year(2025), RestaurantsWithReturn(), valueMap: ExampleValueMap.Map);

        Assert.Equal("Elke geïnvesteerde euro levert naar schatting € 2,40 aan maatschappelijke waarde op (bandbreedte € 1,70 – € 3,20; " +
            "indicatief — niet geverifieerd, op basis van voorbeeldwaarden).", sentences[^1]);
    }

    [Fact]
    public void In_English_the_return_reads_as_English_and_a_confirmed_map_is_no_longer_called_example_values()
    {
        var english = Write(SevenRestaurants, Period.Year(2025), RestaurantsWithReturn(), Language.English, valueMap: ExampleValueMap.Map);
        var confirmed = Write(SevenRestaurants, Period.Year(2025), RestaurantsWithReturn(), valueMap: Confirmed);

        Assert.Equal("Each euro invested returns an estimated € 2.40 in social value (range € 1.70 – € 3.20; indicative — not verified, " +
            "based on example values).", english[^1]);
        Assert.Equal("Elke geïnvesteerde euro levert naar schatting € 2,40 aan maatschappelijke waarde op (bandbreedte € 1,70 – € 3,20; " +
            "indicatief — niet geverifieerd).", confirmed[^1]);
    }

    [Theory]
    [InlineData(IndicatorCode.W3, FigureStatus.Hidden)]
    [InlineData(IndicatorCode.W3, FigureStatus.NoData)]
    [InlineData(IndicatorCode.W3L, FigureStatus.Hidden)]
    [InlineData(IndicatorCode.W3H, FigureStatus.Hidden)]
    [InlineData(IndicatorCode.W3, FigureStatus.NotApplicable)]
    public void No_return_sentence_unless_the_return_and_its_range_are_shown(IndicatorCode code, FigureStatus status)
    {
        var figures = RestaurantsWithReturn();
        figures[code] = new Figure(code, status, status == FigureStatus.Hidden ? figures[code].Value : null, null);

        var sentences = Write(SevenRestaurants, Period.Year(2025), figures, valueMap: ExampleValueMap.Map);

        Assert.Equal(6, sentences.Count);
        Assert.DoesNotContain(sentences, s => s.Contains("euro", StringComparison.Ordinal) || s.Contains("2,40", StringComparison.Ordinal)
            || s.Contains("1,70", StringComparison.Ordinal) || s.Contains("3,20", StringComparison.Ordinal));
    }

    [Fact]
    public void No_return_sentence_without_a_value_map_or_without_a_return_above_zero()
    {
        var none = RestaurantsWithReturn();
        none[IndicatorCode.W3] = Ok(IndicatorCode.W3, 0m);

        Assert.Equal(6, Write(SevenRestaurants, Period.Year(2025), RestaurantsWithReturn()).Count);
        Assert.Equal(6, Write(SevenRestaurants, Period.Year(2025), none, valueMap: ExampleValueMap.Map).Count);
    }

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", "In 2025", "In 2025")]
    [InlineData("2025-07-01", "2025-09-30", "In het derde kwartaal van 2025", "In the third quarter of 2025")]
    [InlineData("2025-10-01", "2025-10-31", "In oktober 2025", "In October 2025")]
    [InlineData("2026-01-01", "2026-10-31", "Van januari tot en met oktober 2026", "From January to October 2026")]
    [InlineData("2026-01-01", "2026-11-15", "Van 1 januari tot en met 15 november 2026", "From 1 January to 15 November 2026")]
    [InlineData("2025-11-01", "2026-02-28", "Van november 2025 tot en met februari 2026", "From November 2025 to February 2026")]
    public void The_period_opens_the_first_sentence_as_people_say_it(string from, string to, string dutch, string english)
    {
        var period = new Period(DateOnly.Parse(from), DateOnly.Parse(to));

        Assert.Equal(dutch, FactsheetSentences.When(period, Language.Dutch));
        Assert.Equal(english, FactsheetSentences.When(period, Language.English));
    }

    [Theory]
    [InlineData(1_234_567.89, "€ 1,23 miljoen", "€1.23 million")]
    [InlineData(1_200_000, "€ 1,2 miljoen", "€1.2 million")]
    [InlineData(12_345_678, "€ 12,3 miljoen", "€12.3 million")]
    [InlineData(234_517.4, "€ 234.517", "€234,517")]
    public void Money_reads_in_millions_once_it_is_that_much(decimal euros, string dutch, string english)
    {
        Assert.Equal(dutch, NumberWords.Money(euros, Language.Dutch));
        Assert.Equal(english, NumberWords.Money(euros, Language.English));
    }

    [Theory]
    [InlineData(35.2, "35%")]
    [InlineData(35.5, "36%")]
    [InlineData(0.4, "minder dan 1%")]
    [InlineData(99.6, "99%")]
    [InlineData(100, "100%")]
    [InlineData(0, "0%")]
    public void A_percentage_is_rounded_but_never_to_none_or_all(decimal value, string expected) =>
        Assert.Equal(expected, NumberWords.Percent(value, Language.Dutch));

    [Theory]
    [InlineData(8_532, "8.532 kg")]
    [InlineData(12_400, "12,4 ton")]
    [InlineData(629_324, "629 ton")]
    public void A_weight_reads_in_tonnes_once_it_is_large(decimal kilograms, string expected) =>
        Assert.Equal(expected, NumberWords.Weight(kilograms, Language.Dutch));
}
