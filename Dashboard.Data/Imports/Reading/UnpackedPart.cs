using System.Text;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// One part of a workbook (an XML file inside its zip) as it is unpacked. Every byte is counted against what all the
/// parts of the file may unpack to together (<see cref="ImportLimits.MaxUncompressedMegabytes"/>) — the bytes that
/// really come out, whatever sizes the zip states. And what an XML reader would have to hold whole is refused before
/// it gets there: a stretch without any '&lt;' longer than a cell's text can be written in (a tag or a text), and the
/// markup Excel never writes — a CDATA section, a comment, a DTD, or a processing instruction other than the XML
/// declaration that opens the part — whose content may hold any '&lt;'. A part must be UTF-8, as Excel writes it, and
/// is read as UTF-8 whatever it declares (<see cref="WorkbookXml"/>): so these bytes are exactly those characters.
/// </summary>
internal sealed class UnpackedPart(Stream unpacking, ImportText part, UnpackedPart.Budget budget) : Stream
{
    /// <summary>What all the parts of one file may unpack to together.</summary>
    public sealed class Budget(ImportLimits limits)
    {
        private long _left = limits.MaxUncompressedBytes;

        public ImportLimits Limits => limits;

        /// <summary>A cell's longest text as XML writes it: up to 7 bytes a character (Excel's "_x000D_"), and room for its tags.</summary>
        public long LongestStretch { get; } = 8L * limits.MaxFieldCharacters + 65_536;

        public void Spend(int bytes)
        {
            _left -= bytes;
            if (_left < 0)
            {
                throw LimitExceeded.Unpacked(limits);
            }
        }
    }

    /// <summary>Where the bytes read so far stop: markup may open at the end of one read and go on in the next.</summary>
    private enum Markup
    {
        /// <summary>In a text or tag, looking for the next '&lt;'.</summary>
        Text,
        /// <summary>Just after a '&lt;'.</summary>
        Open,
        /// <summary>Just after the part's first '&lt;', which may open the XML declaration.</summary>
        FirstOpen,
        /// <summary>Just after "&lt;!".</summary>
        OpenBang,
        /// <summary>In the "&lt;?xml " that opens the part.</summary>
        XmlDeclaration,
    }

    private static ReadOnlySpan<byte> Xml => "xml"u8;

    private readonly Decoder _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _decoded = new char[4096];
    private long _sinceMarkup;
    private Markup _markup;
    private bool _anyMarkup;
    private int _xmlMatched;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = unpacking.Read(buffer);
        budget.Spend(read);
        var bytes = buffer[..read];
        var lastMarkup = bytes.LastIndexOf((byte)'<');
        _sinceMarkup = lastMarkup < 0 ? _sinceMarkup + read : read - lastMarkup - 1;
        if (_sinceMarkup > budget.LongestStretch)
        {
            throw LimitExceeded.Stretch(part, budget.Limits, budget.LongestStretch);
        }
        RefuseWhatIsNotUtf8(bytes, end: read == 0);
        RefuseMarkupExcelNeverWrites(bytes);
        return read;
    }

    private void RefuseWhatIsNotUtf8(ReadOnlySpan<byte> bytes, bool end)
    {
        try
        {
            // Decoding, not counting: only the decoder carries a character split across two reads over.
            do
            {
                _utf8.Convert(bytes, _decoded, end, out var used, out _, out _);
                bytes = bytes[used..];
            }
            while (!bytes.IsEmpty);
        }
        catch (DecoderFallbackException)
        {
            throw LimitExceeded.NotUtf8(part);
        }
    }

    private void RefuseMarkupExcelNeverWrites(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            switch (_markup)
            {
                case Markup.Text:
                    var open = bytes[i..].IndexOf((byte)'<');
                    if (open < 0)
                    {
                        return;
                    }
                    i += open;
                    _markup = _anyMarkup ? Markup.Open : Markup.FirstOpen;
                    _anyMarkup = true;
                    break;
                case Markup.Open or Markup.FirstOpen when b == '!':
                    _markup = Markup.OpenBang;
                    break;
                case Markup.FirstOpen when b == '?':
                    _markup = Markup.XmlDeclaration;
                    break;
                case Markup.Open when b == '?':
                    throw LimitExceeded.Markup(part, "Workbook.ProcessingInstruction");
                case Markup.Open or Markup.FirstOpen:
                    _markup = Markup.Text;
                    i--; // a tag's name: look at it again for the next '<'
                    break;
                case Markup.OpenBang:
                    throw LimitExceeded.Markup(part, b switch
                    {
                        (byte)'[' => "Workbook.Cdata",
                        (byte)'-' => "Workbook.Comment",
                        _ => "Workbook.Doctype",
                    });
                case Markup.XmlDeclaration when _xmlMatched < Xml.Length ? b == Xml[_xmlMatched] : b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    if (++_xmlMatched > Xml.Length)
                    {
                        _markup = Markup.Text; // "<?xml " opens the part: its declaration, which holds no '<'
                    }
                    break;
                case Markup.XmlDeclaration:
                    throw LimitExceeded.Markup(part, "Workbook.ProcessingInstruction");
            }
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            unpacking.Dispose();
        }
        base.Dispose(disposing);
    }
}
