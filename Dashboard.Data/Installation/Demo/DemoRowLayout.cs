using Dashboard.Data.Imports;

namespace Dashboard.Data.Installation.Demo;

/// <summary>The columns of one kind of import file in template order, so a writer fills fields by column, not by position.</summary>
internal sealed class DemoRowLayout(ImportKind kind)
{
    private readonly IReadOnlyList<ImportColumn> _columns = ImportLayouts.Columns(kind);

    public string?[] Headers => _columns.Select(c => c.Name).ToArray();

    public int Count => _columns.Count;

    public int IndexOf(ImportColumn column)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (_columns[i] == column)
            {
                return i;
            }
        }
        throw new ArgumentException($"kolom '{column.Name}' hoort niet bij {kind.Name()}", nameof(column));
    }
}
