namespace Dashboard.Tests.TestSupport;

/// <summary>
/// Bytes handed out a few at a time, as an unpacking stream may: whatever a reader asks for, each read returns at most
/// <paramref name="chunk"/> bytes, so anything in them is split across reads somewhere.
/// </summary>
public sealed class ChunkedStream(byte[] bytes, int chunk) : Stream
{
    private int _position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
        Array.Copy(bytes, _position, buffer, offset, read);
        _position += read;
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => bytes.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
