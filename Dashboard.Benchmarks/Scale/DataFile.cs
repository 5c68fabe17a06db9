namespace Dashboard.Benchmarks.Scale;

/// <summary>One file of a generated data set: its data rows (the header not counted) and its size in bytes.</summary>
public sealed record DataFile(string Name, long Rows, long Bytes);
