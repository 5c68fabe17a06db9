namespace Dashboard.Data.Imports.LoadedData;

/// <summary>What the database holds, per organisation: the home page's "what is loaded".</summary>
public sealed record DataOverview(IReadOnlyList<OrganisationOverview> Organisations)
{
    public int Stores => Organisations.Sum(o => o.Stores);
    public int Practices => Organisations.Sum(o => o.Practices);
    public long Trajectories => Organisations.Sum(o => o.Trajectories);
    public long Participants => Organisations.Sum(o => o.Participants);
    public long Certificates => Organisations.Sum(o => o.Certificates);
    public long FollowUps => Organisations.Sum(o => o.FollowUps);
    public long SalesRows => Organisations.Sum(o => o.SalesRows);
    public decimal Investment => Organisations.Sum(o => o.Investment);
    public bool IsEmpty => Organisations.Count == 0;
}

public sealed record OrganisationOverview(
    string Name,
    bool IsDemo,
    int Stores,
    int Practices,
    long Trajectories,
    long Participants,
    DateOnly? FirstStart,
    DateOnly? LastStart,
    long Certificates,
    long SalesRows,
    decimal Revenue,
    DateOnly? FirstSale,
    DateOnly? LastSale,
    decimal Investment,
    int? FirstInvestmentYear,
    int? LastInvestmentYear,
    long FollowUps);
