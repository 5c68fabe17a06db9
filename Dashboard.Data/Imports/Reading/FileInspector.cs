using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// Reads a file once, streaming: its SHA-256 (for "already imported"), whether it is a workbook or a
/// CSV, and a CSV's encoding — UTF-8 with or without BOM, else Windows-1252 as Dutch Excel writes it.
/// </summary>
public static class FileInspector
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    static FileInspector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Inspects the file; throws <see cref="ImportRefusedException"/> when it is neither CSV nor xlsx.</summary>
    public static InspectedFile Inspect(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[buffer.Length];
        var head = Array.Empty<byte>();
        var validUtf8 = true;
        long lineBreaks = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = buffer.AsSpan(0, read);
            hash.AppendData(chunk);
            lineBreaks += chunk.Count((byte)'\n');
            if (head.Length == 0)
            {
                head = chunk[..Math.Min(read, 4096)].ToArray();
                RefuseWhatIsNotCsvOrXlsx(head);
                if (IsZip(head))
                {
                    validUtf8 = false; // a workbook: no text decoding needed, only the hash
                }
            }
            if (validUtf8)
            {
                try
                {
                    // GetChars, not GetCharCount: only decoding carries a character split across two reads over.
                    decoder.GetChars(chunk, chars, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    validUtf8 = false;
                }
            }
        }
        if (validUtf8)
        {
            try
            {
                decoder.GetChars([], chars, flush: true);
            }
            catch (DecoderFallbackException)
            {
                validUtf8 = false;
            }
        }
        var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (head.Length == 0)
        {
            throw new ImportRefusedException(new ImportText("File.Empty"));
        }
        if (IsZip(head))
        {
            return new InspectedFile(path, stream.Length, sha, FileFormat.Xlsx, null);
        }
        var encoding = validUtf8 || head.AsSpan().StartsWith(Utf8Bom) ? new UTF8Encoding(false) : Windows1252;
        return new InspectedFile(path, stream.Length, sha, FileFormat.Csv, encoding, lineBreaks);
    }

    private static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    private static void RefuseWhatIsNotCsvOrXlsx(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportRefusedException(new ImportText("File.OldExcel"));
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ImportRefusedException(new ImportText("File.Utf16"));
        }
        if (head.StartsWith("%PDF"u8))
        {
            throw new ImportRefusedException(new ImportText("File.Pdf"));
        }
        if (!IsZip(head) && head.IndexOf((byte)0) >= 0)
        {
            throw new ImportRefusedException(new ImportText("File.Binary"));
        }
    }
}
