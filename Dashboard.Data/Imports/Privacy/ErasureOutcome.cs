using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports.Privacy;

/// <summary>
/// How an erasure ended: what went (for the confirmation and the audit log), or why nothing changed. Neither the
/// message nor anything else here holds the participant's code or its pseudonym.
/// </summary>
public sealed record ErasureOutcome(bool Succeeded, string Message, string? Organisation = null, int Trajectories = 0, int Certificates = 0,
    int FollowUps = 0)
{
    /// <summary>
    /// Folders of files a restore put aside beside the database: older copies that may still hold the participant,
    /// which the dashboard does not open and the operator has to delete.
    /// </summary>
    public int KeptAsideCopies { get; init; }

    public static ErasureOutcome Refused(string message, string? organisation = null) => new(false, message, organisation);

    /// <summary>
    /// "3 trajecten en 1 certificaat", as the confirmation and the audit log say it; the follow-ups of those trajectories
    /// when there were any: "3 trajecten, 2 nametingen en 1 certificaat".
    /// </summary>
    public string Counts => FollowUps == 0
        ? $"{Dutch.Count(Trajectories, "traject", "trajecten")} en {Dutch.Count(Certificates, "certificaat", "certificaten")}"
        : $"{Dutch.Count(Trajectories, "traject", "trajecten")}, {Dutch.Count(FollowUps, "nameting", "nametingen")} en " +
          Dutch.Count(Certificates, "certificaat", "certificaten");
}
