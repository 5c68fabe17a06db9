namespace Dashboard.Data.Installation.Demo;

/// <summary>What one organisation's participant system would export: its trajectories and certificates, and each person's code.</summary>
internal sealed record ParticipantRecords(
    DemoOrganisation Organisation,
    IReadOnlyList<string> Codes,
    IReadOnlyList<DemoTrajectory> Trajectories,
    IReadOnlyList<DemoCertificate> Certificates);
