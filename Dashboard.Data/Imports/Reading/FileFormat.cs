namespace Dashboard.Data.Imports.Reading;

public enum FileFormat
{
    Csv,
    Xlsx,
}
