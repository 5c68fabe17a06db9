using System.Text;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// What one pass over a file's bytes tells: its fingerprint, its format and, for CSV, its encoding and how many line
/// breaks it holds (about its rows: a quoted field may hold a line break too).
/// </summary>
public sealed record InspectedFile(string Path, long Length, string Sha256, FileFormat Format, Encoding? Encoding, long? LineBreaks = null);
