namespace Dashboard.Data.Import.Reading;

public enum FileFormat
{
    Csv,
    Xlsx,
}
