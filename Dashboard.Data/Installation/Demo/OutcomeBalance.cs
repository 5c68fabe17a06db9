using static Dashboard.Data.Installation.Demo.DemoCodes;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// Keeps a store's realised shares of paid work and drop-out close to its profile. Drawn independently, a
/// small store's forty ended trajectories would land anywhere between 5% and 40% and blur the story the
/// comparison should tell; so each draw leans towards what the store still owes (or away from what it
/// has had too much of), in proportion to how likely that outcome is for the trajectory's type.
/// </summary>
internal sealed class OutcomeBalance
{
    private const double Pull = 0.25;
    private double _paidOwed;
    private double _dropOutOwed;

    public (string Outcome, double Weight)[] Lean((string Outcome, double Weight)[] weights)
    {
        var paid = Factor(_paidOwed);
        var dropOut = Factor(_dropOutOwed);
        return weights
            .Select(w => (w.Outcome, w.Weight * (IsPaidWork(w.Outcome) ? paid : w.Outcome == Outcome.Uitval ? dropOut : 1)))
            .ToArray();
    }

    /// <summary>Counts an ended trajectory: what its type made likely against what happened.</summary>
    public void Record((string Outcome, double Weight)[] weights, string outcome)
    {
        var total = weights.Sum(w => w.Weight);
        _paidOwed += weights.Where(w => IsPaidWork(w.Outcome)).Sum(w => w.Weight) / total - (IsPaidWork(outcome) ? 1 : 0);
        _dropOutOwed += weights.Where(w => w.Outcome == Outcome.Uitval).Sum(w => w.Weight) / total - (outcome == Outcome.Uitval ? 1 : 0);
    }

    private static double Factor(double owed) => Math.Clamp(1 + Pull * owed, 0.2, 3);

    private static bool IsPaidWork(string outcome) => outcome == Outcome.BetaaldWerk || outcome == Outcome.BetaaldWerkIntern;
}
