using Dashboard.Data.Imports;
using Dashboard.Data.Imports.FollowUps;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// `nametingen`: one row per call, in the dialect of `deelnemers` (Excel's "CSV UTF-8", dd-mm-jjjj), because whoever keeps
/// the call list copies the first four columns from that file: the trajectory is named exactly as `deelnemers` names it.
/// </summary>
internal static class FollowUpFileWriter
{
    public static readonly DemoCsvFormat Format = TrajectoryFileWriter.Format;

    public static void Write(string path, IEnumerable<DemoFollowUp> followUps)
    {
        var layout = new DemoRowLayout(ImportKind.Nametingen);
        using var csv = new CsvTextWriter(path, Format.Delimiter, Format.Encoding);
        csv.WriteRow(layout.Headers);
        foreach (var followUp in followUps)
        {
            var trajectory = followUp.Trajectory;
            var row = new string?[layout.Count];
            row[layout.IndexOf(FollowUpImport.Participant)] = followUp.Participant;
            row[layout.IndexOf(FollowUpImport.Store)] = trajectory.Store.Code;
            row[layout.IndexOf(FollowUpImport.Practice)] = trajectory.Practice.Code;
            row[layout.IndexOf(FollowUpImport.StartDate)] = Format.Date(trajectory.Start);
            row[layout.IndexOf(FollowUpImport.Date)] = Format.Date(followUp.Date);
            row[layout.IndexOf(FollowUpImport.Situation)] = followUp.Situation;
            csv.WriteRow(row);
        }
    }
}
