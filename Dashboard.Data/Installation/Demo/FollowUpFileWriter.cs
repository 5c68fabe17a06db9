namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// `nametingen`: one row per call, in the dialect of `deelnemers` (Excel's "CSV UTF-8", dd-mm-jjjj), because whoever keeps
/// the call list copies the first four columns from that file: the trajectory is named exactly as `deelnemers` names it.
/// </summary>
internal static class FollowUpFileWriter
{
    public static readonly DemoCsvFormat Format = TrajectoryFileWriter.Format;

    /// <summary>The columns of docs/importbestanden.md#nametingen, in template order.</summary>
    public static readonly string[] Headers = ["deelnemer", "winkel", "praktijk", "startdatum", "meetdatum", "situatie"];

    public static void Write(string path, IEnumerable<DemoFollowUp> followUps)
    {
        using var csv = new CsvTextWriter(path, Format.Delimiter, Format.Encoding);
        csv.WriteRow(Headers);
        foreach (var followUp in followUps)
        {
            var trajectory = followUp.Trajectory;
            csv.WriteRow(followUp.Participant, trajectory.Store.Code, trajectory.Practice.Code, Format.Date(trajectory.Start),
                Format.Date(followUp.Date), followUp.Situation);
        }
    }
}
