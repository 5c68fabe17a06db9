using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports.Parsing;

/// <summary>
/// Matches a file's header row to the columns of its kind (docs/importbestanden.md#algemene-regels): case-insensitively, ignoring spaces,
/// '_' and '-', Dutch name or English alias. A direct identifier (docs/importbestanden.md#algemene-regels and docs/privacy-en-toegang.md#geen-persoonsgegevens) refuses the whole file; a
/// missing required column or a column given twice is a problem of row 1; any other column is ignored
/// with a warning. A header is quoted by its start only and the warning names the first few, so that a file with a
/// long or a thousand unknown headers still gives a readable report.
/// </summary>
public sealed class HeaderMap
{
    /// <summary>Normalised headers that name a person directly; the Dutch list of docs/privacy-en-toegang.md#geen-persoonsgegevens and its English equivalents.</summary>
    private static readonly HashSet<string> DirectIdentifiers =
    [
        "naam", "voornaam", "achternaam", "bsn", "burgerservicenummer", "geboortedatum", "adres", "straat",
        "huisnummer", "email", "telefoon", "telefoonnummer", "iban",
        "name", "firstname", "lastname", "surname", "dateofbirth", "birthdate", "address", "street",
        "housenumber", "phone", "phonenumber", "telephone",
    ];

    private const int QuotedLength = 40;
    private const int ListedIgnored = 20;

    private readonly Dictionary<ImportColumn, int> _indexes;

    private HeaderMap(Dictionary<ImportColumn, int> indexes) => _indexes = indexes;

    /// <summary>The column's position in the file, or -1 when the file does not have it.</summary>
    public int IndexOf(ImportColumn column) => _indexes.GetValueOrDefault(column, -1);

    public bool Has(ImportColumn column) => _indexes.ContainsKey(column);

    public static HeaderMap Match(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn> columns, ValidationReport report)
    {
        var byName = new Dictionary<string, ImportColumn>();
        foreach (var column in columns)
        {
            byName[CodeText.Normalize(column.Name)] = column;
            byName[CodeText.Normalize(column.Alias)] = column;
        }
        // By reference: each column is one static instance, and a record's own hash would hash its strings on every look-up.
        var indexes = new Dictionary<ImportColumn, int>(ReferenceEqualityComparer.Instance);
        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var normalized = CodeText.Normalize(header);
            if (normalized.Length == 0)
            {
                continue;
            }
            if (DirectIdentifiers.Contains(normalized))
            {
                throw new ImportRefusedException(
                    new ImportText("Header.Identifier", Quoted(header)));
            }
            if (!byName.TryGetValue(normalized, out var column))
            {
                ignored.Add(header);
                continue;
            }
            if (indexes.ContainsKey(column))
            {
                report.Add(new ImportProblem(1, column.Name, Quoted(header), "kolom dubbel",
                    ImportTexts.Format("Header.Duplicate", report.Culture, column.Name, Quoted(header))));
                continue;
            }
            indexes[column] = i;
        }
        foreach (var missing in columns.Where(c => c.Required && !indexes.ContainsKey(c)))
        {
            report.Add(new ImportProblem(1, missing.Name, null, "verplichte kolom ontbreekt",
                ImportTexts.Format("Header.Missing", report.Culture, missing.Name, missing.Alias)));
        }
        if (ignored.Count > 0)
        {
            var listed = string.Join(", ", ignored.Take(ListedIgnored).Select(h => $"'{Quoted(h)}'"));
            var list = ignored.Count > ListedIgnored ? ImportTexts.Format("Header.IgnoredMore", report.Culture, listed, ignored.Count - ListedIgnored) : listed;
            report.Warn(ImportTexts.Format("Header.Ignored", report.Culture, list));
        }
        return new HeaderMap(indexes);
    }

    private static string Quoted(string header) => Ellipsis.Shorten(header, QuotedLength);

    /// <summary>How many of a kind's required columns these headers name: the basis for guessing a file's kind.</summary>
    public static int RequiredColumnsPresent(IReadOnlyList<string> headers, IReadOnlyList<ImportColumn> columns)
    {
        var normalized = headers.Select(CodeText.Normalize).ToHashSet();
        return columns.Count(c => c.Required && (normalized.Contains(CodeText.Normalize(c.Name)) || normalized.Contains(CodeText.Normalize(c.Alias))));
    }
}
