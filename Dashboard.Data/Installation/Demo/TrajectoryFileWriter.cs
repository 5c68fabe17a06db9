using System.Globalization;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Trajectories;

namespace Dashboard.Data.Installation.Demo;

/// <summary>`deelnemers`: one row per trajectory, as Excel saves "CSV UTF-8" (',', BOM, decimal point, dd-mm-jjjj).</summary>
internal static class TrajectoryFileWriter
{
    public static readonly DemoCsvFormat Format = DemoCsvFormat.Utf8("dd-MM-yyyy", byteOrderMark: true);

    public static void Write(string path, IEnumerable<ParticipantRecords> organisations)
    {
        var layout = new DemoRowLayout(ImportKind.Deelnemers);
        using var csv = new CsvTextWriter(path, Format.Delimiter, Format.Encoding);
        csv.WriteRow(layout.Headers);
        foreach (var records in organisations)
        {
            foreach (var t in records.Trajectories)
            {
                var row = new string?[layout.Count];
                row[layout.IndexOf(TrajectoryImport.Participant)] = records.Codes[t.Person];
                row[layout.IndexOf(TrajectoryImport.Store)] = t.Store.Code;
                row[layout.IndexOf(TrajectoryImport.Practice)] = t.Practice.Code;
                row[layout.IndexOf(TrajectoryImport.TargetGroup)] = t.TargetGroup;
                row[layout.IndexOf(TrajectoryImport.AgeGroup)] = t.AgeGroup;
                row[layout.IndexOf(TrajectoryImport.Scheme)] = t.Scheme;
                row[layout.IndexOf(TrajectoryImport.TrajectoryType)] = t.Type;
                row[layout.IndexOf(TrajectoryImport.StartDate)] = Format.Date(t.Start);
                row[layout.IndexOf(TrajectoryImport.EndDate)] = Format.Date(t.End);
                row[layout.IndexOf(TrajectoryImport.HoursPerWeek)] = Format.Number(t.HoursPerWeek, decimals: 1);
                row[layout.IndexOf(TrajectoryImport.Outcome)] = t.Outcome;
                row[layout.IndexOf(TrajectoryImport.LadderStart)] = t.LadderStart?.ToString(CultureInfo.InvariantCulture);
                row[layout.IndexOf(TrajectoryImport.LadderEnd)] = t.LadderEnd?.ToString(CultureInfo.InvariantCulture);
                csv.WriteRow(row);
            }
        }
    }
}
