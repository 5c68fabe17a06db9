using System.Xml;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// The names one workbook part's XML reader has seen — of elements, attributes, prefixes and namespaces — which it keeps
/// until the part is read. A part uses a few dozen; one that goes on naming new ones is refused
/// (<see cref="ImportLimits.WorkbookNames"/>, <see cref="ImportLimits.WorkbookNameCharacters"/>).
/// </summary>
internal sealed class WorkbookNames(ImportText part) : XmlNameTable
{
    private readonly NameTable _names = new();
    private int _count;
    private long _characters;

    public override string Add(char[] key, int start, int len)
    {
        if (_names.Get(key, start, len) is { } known)
        {
            return known;
        }
        Count(len);
        return _names.Add(key, start, len);
    }

    public override string Add(string key)
    {
        if (_names.Get(key) is { } known)
        {
            return known;
        }
        Count(key.Length);
        return _names.Add(key);
    }

    public override string? Get(char[] key, int start, int len) => _names.Get(key, start, len);

    public override string? Get(string value) => _names.Get(value);

    private void Count(int length)
    {
        _count++;
        _characters += length;
        if (_count > ImportLimits.WorkbookNames || _characters > ImportLimits.WorkbookNameCharacters)
        {
            throw LimitExceeded.Names(part);
        }
    }
}
