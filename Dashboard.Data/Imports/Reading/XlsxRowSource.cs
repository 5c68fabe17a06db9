using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// Streams the first sheet of an .xlsx workbook, cell by cell: only the cells under the header's columns are kept, one
/// row at a time; cells right of the last header are a sheet's notes and are passed over without being read. Pictures,
/// styles and other sheets are never opened (no System.Drawing). Whatever the file holds, reading it stays
/// within the <see cref="ImportLimits"/>: a cell beyond the last column, a row with too many cells, too many rows, too
/// long a text or too much to unpack refuses the file with the limit named.
/// </summary>
public sealed class XlsxRowSource : IRowSource
{
    private readonly ImportLimits _limits;
    private readonly ZipArchive _zip;
    private readonly SharedStrings _sharedStrings;
    private readonly WorkbookXml _sheet;
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];
    private Cell[] _cells;
    private int _fieldCount;
    private bool _inSheetData;

    public XlsxRowSource(string path, ImportLimits limits)
    {
        _limits = limits;
        ZipDirectory.Check(path);
        try
        {
            _zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw Unreadable(e);
        }
        try
        {
            var budget = new UnpackedPart.Budget(limits);
            var parts = WorkbookParts.Find(_zip, budget);
            _sharedStrings = SharedStrings.Read(parts.SharedStrings, budget);
            _sheet = new WorkbookXml(parts.Sheet, new ImportText("Workbook.Sheet"), budget);
            // Until the header is known, a row keeps every column up to the limit.
            _cells = new Cell[limits.MaxColumns];
            if (!Read())
            {
                throw new ImportRefusedException(new ImportText("Workbook.EmptySheet", parts.SheetName));
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            Dispose();
            throw Unreadable(e);
        }
        catch
        {
            Dispose();
            throw;
        }
        var headers = _cells.AsSpan(0, _fieldCount).ToArray().Select(c => c.Text.Trim()).ToList();
        while (headers.Count > 0 && headers[^1].Length == 0)
        {
            headers.RemoveAt(headers.Count - 1);
        }
        Headers = headers;
        _cells = new Cell[Headers.Count];
    }

    public IReadOnlyList<string> Headers { get; } = [];

    public NumberDialect Dialect => NumberDialect.SpreadsheetText;

    public int RowNumber { get; private set; }

    /// <summary>Cells right of the last header are a sheet's notes, not a broken row: they are not counted.</summary>
    public int FieldCount => _fieldCount;

    public Cell this[int index] => index < _fieldCount ? _cells[index] : Cell.Empty;

    public bool Read()
    {
        try
        {
            while (NextRow())
            {
                if (ReadCells())
                {
                    return true;
                }
            }
            return false;
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw Unreadable(e);
        }
    }

    public void Dispose()
    {
        _sheet?.Dispose();
        _zip.Dispose();
    }

    /// <summary>Moves to the next &lt;row&gt; of the sheet's data, its number as the user's spreadsheet shows it.</summary>
    private bool NextRow()
    {
        while (_sheet.Read())
        {
            if (_sheet.NodeType == XmlNodeType.EndElement && _sheet.Depth == 1 && _inSheetData)
            {
                return false; // the rest of the sheet (merged cells, print settings…) holds no rows
            }
            if (_sheet.NodeType != XmlNodeType.Element || _sheet.Depth > 2)
            {
                continue;
            }
            if (_sheet.Depth == 1)
            {
                _inSheetData = _sheet.LocalName == "sheetData" && !_sheet.IsEmptyElement;
                continue;
            }
            if (_inSheetData && _sheet.LocalName == "row")
            {
                // Rows go down: a number that does not is taken as the next row, so a row cannot be counted twice.
                RowNumber = int.TryParse(_sheet.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > RowNumber
                    ? number
                    : RowNumber + 1;
                if (RowNumber - 1 > _limits.MaxRows)
                {
                    throw LimitExceeded.Rows(_limits);
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the current row's cells into <see cref="_cells"/>; whether any kept cell holds something.</summary>
    private bool ReadCells()
    {
        Array.Fill(_cells, Cell.Empty);
        _fieldCount = 0;
        if (_sheet.IsEmptyElement)
        {
            return false;
        }
        var rowDepth = _sheet.Depth;
        var column = -1;
        var cells = 0;
        var anything = false;
        while (_sheet.Read() && _sheet.Depth > rowDepth)
        {
            if (_sheet.NodeType != XmlNodeType.Element || _sheet.Depth != rowDepth + 1 || _sheet.LocalName != "c")
            {
                continue;
            }
            if (++cells > _limits.MaxCellsPerRow)
            {
                throw LimitExceeded.Cells(_limits, RowNumber);
            }
            var reference = _sheet.GetAttribute("r");
            column = reference is null ? column + 1 : ColumnLetters.TryIndex(reference, out var index) ? index : int.MaxValue;
            if (column >= _limits.MaxColumns)
            {
                throw LimitExceeded.Column(_limits, reference ?? ColumnLetters.Name(Math.Min(column, ImportLimits.ExcelColumns - 1)) + RowNumber.ToString(CultureInfo.InvariantCulture));
            }
            if (column >= _cells.Length)
            {
                continue; // a note right of the headers: its content is passed over unread
            }
            var cell = ReadCell(reference ?? ColumnLetters.Name(column) + RowNumber.ToString(CultureInfo.InvariantCulture));
            _cells[column] = cell;
            _fieldCount = Math.Max(_fieldCount, column + 1);
            anything |= !cell.IsEmpty;
        }
        return anything;
    }

    /// <summary>The value of the &lt;c&gt; the reader is on, leaving the reader on its end.</summary>
    private Cell ReadCell(string reference)
    {
        var type = _sheet.GetAttribute("t");
        if (_sheet.IsEmptyElement)
        {
            return Cell.Empty;
        }
        var depth = _sheet.Depth;
        string? value = null;
        string? inline = null;
        while (_sheet.Read() && _sheet.Depth > depth)
        {
            if (_sheet.NodeType != XmlNodeType.Element || _sheet.Depth != depth + 1)
            {
                continue;
            }
            _text.Clear();
            if (_sheet.LocalName == "v" && !_sheet.AppendText(_text, _chunk, _limits.MaxFieldCharacters)
                || _sheet.LocalName == "is" && !_sheet.AppendVisibleText(_text, _chunk, _limits.MaxFieldCharacters))
            {
                throw LimitExceeded.CellText(_limits, new ImportText("Workbook.Cell", reference));
            }
            if (_sheet.LocalName == "v")
            {
                value = _text.ToString();
            }
            else if (_sheet.LocalName == "is")
            {
                inline = _text.ToString();
            }
        }
        var raw = value ?? string.Empty;
        return type switch
        {
            null or "n" => raw.Length == 0 ? Cell.Empty : new Cell(raw, IsNumber: true),
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings.Count
                ? new Cell(_sharedStrings[i])
                : Cell.Empty,
            "inlineStr" => new Cell(inline ?? raw),
            _ => new Cell(raw), // a formula's text result, a boolean, an ISO date or an error such as #N/A
        };
    }

    private static ImportRefusedException Unreadable(Exception e) =>
        new(new ImportText("Workbook.Unreadable", e.Message));
}
