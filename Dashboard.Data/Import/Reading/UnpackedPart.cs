namespace Dashboard.Data.Import.Reading;

/// <summary>
/// One part of a workbook (an XML file inside its zip) as it is unpacked. Every byte is counted against what all the
/// parts of the file may unpack to together (<see cref="ImportLimits.MaxUncompressedMegabytes"/>) — the bytes that
/// really come out, whatever sizes the zip states. And a stretch without any '&lt;' longer than a cell's text can be
/// written in is refused: it is a tag or text that an XML reader would have to hold whole.
/// </summary>
internal sealed class UnpackedPart(Stream unpacking, UnpackedPart.Budget budget) : Stream
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

    private long _sinceMarkup;

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
            throw LimitExceeded.Stretch(budget.Limits, budget.LongestStretch);
        }
        return read;
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
