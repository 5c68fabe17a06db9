namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The money that went into a practice in a year from one funder (docs/importbestanden.md#investeringen): what the
/// investment W2 prorates over a period (docs/maatschappelijke-waarde.md#berekening). Amounts are whole cents.
/// </summary>
public sealed record InvestmentFact(long PracticeId, int Year, string Funder, long AmountCents, string Description)
{
    public decimal Amount => AmountCents / 100m;
}
