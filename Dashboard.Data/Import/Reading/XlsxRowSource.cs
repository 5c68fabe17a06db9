using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Data.Import.Reading;

/// <summary>
/// Streams the first sheet of an .xlsx workbook with the Open XML SDK's forward-only reader: one row in
/// memory at a time, pictures and styles never loaded (no System.Drawing, SPEC §2).
/// </summary>
public sealed class XlsxRowSource : IRowSource
{
    private readonly SpreadsheetDocument _document;
    private readonly OpenXmlReader _reader;
    private readonly List<string> _sharedStrings;
    private Cell[] _cells = [];

    public XlsxRowSource(string path)
    {
        try
        {
            _document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new ImportRefusedException("Dit is geen leesbaar Excel-bestand (.xlsx): " + e.Message);
        }
        var workbook = _document.WorkbookPart
            ?? throw new ImportRefusedException("Dit zip-bestand is geen Excel-werkmap (.xlsx).");
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new ImportRefusedException("De werkmap heeft geen werkblad.");
        if (workbook.GetPartById(firstSheet.Id!.Value!) is not WorksheetPart sheet)
        {
            throw new ImportRefusedException($"Het eerste blad '{firstSheet.Name}' is geen werkblad met cellen.");
        }
        _sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
        _reader = OpenXmlReader.Create(sheet);
        if (!Read())
        {
            throw new ImportRefusedException($"Het eerste werkblad '{firstSheet.Name}' is leeg: er staat geen kopregel in.");
        }
        Headers = _cells.Select(c => c.Text.Trim()).ToArray();
    }

    public IReadOnlyList<string> Headers { get; } = [];

    public NumberDialect Dialect => NumberDialect.SpreadsheetText;

    public int RowNumber { get; private set; }

    /// <summary>Cells right of the last header are a sheet's notes, not a broken row: they are not counted.</summary>
    public int FieldCount => Math.Min(_cells.Length, Headers.Count);

    public Cell this[int index] => index < _cells.Length ? _cells[index] : Cell.Empty;

    public bool Read()
    {
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)_reader.LoadCurrentElement()!;
            RowNumber = row.RowIndex is { } index ? (int)index.Value : RowNumber + 1;
            _cells = ReadCells(row);
            if (_cells.Any(c => !c.IsEmpty))
            {
                return true;
            }
        }
        return false;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _document.Dispose();
    }

    private Cell[] ReadCells(Row row)
    {
        var cells = new List<Cell>();
        foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < column)
            {
                cells.Add(Cell.Empty);
            }
            cells.Add(ValueOf(cell));
        }
        return cells.ToArray();
    }

    private Cell ValueOf(DocumentFormat.OpenXml.Spreadsheet.Cell cell)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type is null || type == CellValues.Number)
        {
            return raw.Length == 0 ? Cell.Empty : new Cell(raw, IsNumber: true);
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Count
                ? new Cell(_sharedStrings[i])
                : Cell.Empty;
        }
        if (type == CellValues.InlineString)
        {
            return new Cell(cell.InlineString is { } inline ? TextOf(inline) : raw);
        }
        return new Cell(raw); // a formula's text result, a boolean, an ISO date or an error such as #N/A
    }

    /// <summary>"AB12" → 27 (zero-based column).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }
        return strings;
    }

    /// <summary>The visible text of a (rich) string: its runs, without phonetic hints.</summary>
    private static string TextOf(OpenXmlElement item) =>
        item.GetFirstChild<Text>() is { } plain
            ? plain.Text
            : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
