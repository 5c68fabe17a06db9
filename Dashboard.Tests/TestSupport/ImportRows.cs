namespace Dashboard.Tests.TestSupport;

/// <summary>One row of a `deelnemers` file (';' dialect), valid by default: change one field with `with`.</summary>
public sealed record TrajectoryRow
{
    public const string Header =
        "deelnemer;winkel;praktijk;doelgroep;leeftijdsgroep;regeling;traject;startdatum;einddatum;uren_per_week;uitstroom;ladder_start;ladder_eind";

    public string Participant { get; init; } = "A-001";
    public string Store { get; init; } = "AAN";
    public string Practice { get; init; } = "REST";
    public string TargetGroup { get; init; } = "arbeidsbeperking";
    public string AgeGroup { get; init; } = "tot27";
    public string Scheme { get; init; } = "participatiewet";
    public string Type { get; init; } = "werkervaring";
    public string Start { get; init; } = "01-02-2025";
    public string End { get; init; } = "";
    public string Hours { get; init; } = "24";
    public string Outcome { get; init; } = "";
    public string LadderStart { get; init; } = "2";
    public string LadderEnd { get; init; } = "";

    /// <summary>A distinct valid running trajectory for participant number <paramref name="n"/>.</summary>
    public static TrajectoryRow Number(int n) => new() { Participant = $"A-{n:000}" };

    public TrajectoryRow Ended(string end, string outcome = "betaald_werk", string ladderEnd = "5") =>
        this with { End = end, Outcome = outcome, LadderEnd = ladderEnd };

    public override string ToString() => string.Join(';',
        Participant, Store, Practice, TargetGroup, AgeGroup, Scheme, Type, Start, End, Hours, Outcome, LadderStart, LadderEnd);

    public static string File(params IEnumerable<TrajectoryRow> rows) => Header + "\n" + string.Join("\n", rows);
}

/// <summary>One row of a `certificaten` file (';' dialect), valid by default.</summary>
public sealed record CertificateRow
{
    public const string Header = "deelnemer;winkel;praktijk;datum;soort;certificaat";

    public string Participant { get; init; } = "A-001";
    public string Store { get; init; } = "AAN";
    public string Practice { get; init; } = "REST";
    public string Date { get; init; } = "01-06-2025";
    public string Kind { get; init; } = "branchecertificaat";
    public string Name { get; init; } = "HACCP";

    public override string ToString() => string.Join(';', Participant, Store, Practice, Date, Kind, Name);

    public static string File(params IEnumerable<CertificateRow> rows) => Header + "\n" + string.Join("\n", rows);
}

/// <summary>One row of an `investeringen` file (';' dialect), valid by default.</summary>
public sealed record InvestmentRow
{
    public const string Header = "winkel;praktijk;jaar;bedrag;financier;omschrijving";

    public string Store { get; init; } = "AAN";
    public string Practice { get; init; } = "REST";
    public string Year { get; init; } = "2025";
    public string Amount { get; init; } = "12.500,00";
    public string Funder { get; init; } = "gemeente";
    public string Description { get; init; } = "Subsidie participatie";

    public override string ToString() => string.Join(';', Store, Practice, Year, Amount, Funder, Description);

    public static string File(params IEnumerable<InvestmentRow> rows) => Header + "\n" + string.Join("\n", rows);
}

/// <summary>One row of a `nametingen` file (';' dialect): a follow-up of <see cref="TrajectoryRow"/>'s default trajectory once it has ended.</summary>
public sealed record FollowUpRow
{
    public const string Header = "deelnemer;winkel;praktijk;startdatum;meetdatum;situatie";

    public string Participant { get; init; } = "A-001";
    public string Store { get; init; } = "AAN";
    public string Practice { get; init; } = "REST";
    public string Start { get; init; } = "01-02-2025";
    public string Date { get; init; } = "01-03-2026";
    public string Situation { get; init; } = "betaald_werk";

    public override string ToString() => string.Join(';', Participant, Store, Practice, Start, Date, Situation);

    public static string File(params IEnumerable<FollowUpRow> rows) => Header + "\n" + string.Join("\n", rows);
}

/// <summary>One row of a `verkopen` file (';' dialect), valid by default.</summary>
public sealed record SaleRow
{
    public const string Header = "datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties";

    public string Date { get; init; } = "01-03-2025";
    public string Store { get; init; } = "AAN";
    public string Practice { get; init; } = "WINKEL";
    public string Category { get; init; } = "kleding_textiel";
    public string Revenue { get; init; } = "12,50";
    public string Items { get; init; } = "5";
    public string Weight { get; init; } = "2,0";
    public string Transactions { get; init; } = "3";

    public override string ToString() => string.Join(';', Date, Store, Practice, Category, Revenue, Items, Weight, Transactions);

    public static string File(params IEnumerable<SaleRow> rows) => Header + "\n" + string.Join("\n", rows);

    /// <summary>
    /// A realistic run of sales for one store and practice, three to five rows a day from <paramref name="first"/>
    /// to <paramref name="last"/>: a row with weight and receipts, one without either, one with receipts but no
    /// weight, every third day a refund and every fourth a day total without items, weight or receipts.
    /// <paramref name="variant"/> changes the amounts, so two runs differ.
    /// </summary>
    public static IEnumerable<SaleRow> Days(string store, string practice, DateOnly first, DateOnly last, int variant = 0)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var n = day.DayNumber + variant * 7;
            var date = day.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var row = new SaleRow { Date = date, Store = store, Practice = practice };
            yield return row with { Category = "kleding_textiel", Revenue = $"{n % 90 + 10},{n % 100:00}", Items = $"{n % 12 + 1}", Weight = $"{n % 9 + 1},{n % 10}", Transactions = $"{n % 7 + 1}" };
            yield return row with { Category = "meubels", Revenue = $"{n % 400 + 25},00", Items = "1", Weight = "", Transactions = "" };
            yield return row with { Category = "boeken_media", Revenue = $"{n % 30 + 1},50", Items = $"{n % 5 + 2}", Weight = "", Transactions = $"{n % 3 + 1}" };
            if (n % 3 == 0)
            {
                yield return row with { Category = "huisraad", Revenue = $"-{n % 20 + 1},25", Items = "-1", Weight = "-0,8", Transactions = "" };
            }
            if (n % 4 == 0)
            {
                yield return row with { Category = "overig", Revenue = $"{n % 50 + 5},75", Items = "", Weight = "", Transactions = "" };
            }
        }
    }
}
