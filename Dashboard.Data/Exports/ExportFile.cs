namespace Dashboard.Data.Exports;

/// <summary>A rendered export: its bytes, content type and the file name it is saved under.</summary>
public sealed record ExportFile(byte[] Bytes, string ContentType, string FileName);
