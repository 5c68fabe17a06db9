namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// The files an administrator downloads to fill in and import: for each kind (docs/importbestanden.md) a CSV as Dutch Excel
/// writes it and an Excel workbook with a "Toelichting" sheet, each with the canonical headers in template
/// order and one example row that imports as it comes into the installation described by the <see cref="TemplateExample"/>.
/// </summary>
public static class ImportTemplates
{
    public static void Write(ImportKind kind, TemplateFormat format, Stream output, TemplateExample example)
    {
        switch (format)
        {
            case TemplateFormat.Csv:
                CsvTemplate.Write(kind, example, output);
                break;
            case TemplateFormat.Xlsx:
                XlsxTemplate.Write(kind, example, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>The template as bytes, e.g. for a download.</summary>
    public static byte[] Bytes(ImportKind kind, TemplateFormat format, TemplateExample example)
    {
        using var output = new MemoryStream();
        Write(kind, format, output, example);
        return output.ToArray();
    }

    /// <summary>"sjabloon-verkopen.xlsx".</summary>
    public static string FileName(ImportKind kind, TemplateFormat format) => $"sjabloon-{kind.Name()}.{Extension(format)}";

    public static string Extension(TemplateFormat format) => format switch
    {
        TemplateFormat.Csv => "csv",
        TemplateFormat.Xlsx => "xlsx",
    };

    public static string ContentType(TemplateFormat format) => format switch
    {
        TemplateFormat.Csv => "text/csv; charset=utf-8",
        TemplateFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The format of an extension ("csv", "xlsx"), or null; only the exact names, case aside.</summary>
    public static TemplateFormat? ParseFormat(string extension)
    {
        foreach (var format in Enum.GetValues<TemplateFormat>())
        {
            if (string.Equals(Extension(format), extension, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }
        return null;
    }

    /// <summary>
    /// The kind of a name ("verkopen"), or null; only the exact names, case aside — unlike <see cref="ImportKinds.Parse"/>,
    /// which reads "winkels,deelnemers" as a kind too.
    /// </summary>
    public static ImportKind? ParseKind(string name)
    {
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(kind.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }
        return null;
    }
}
