using System.IO.Compression;
using Dashboard.Data.Imports;
using Dashboard.Imports;
using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Configuration;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// What an upload must get past before anything is imported: the size limit (`Import:MaxUploadMegabytes`), and the
/// inspector, which takes only CSV and real workbooks whatever the file is called.
/// </summary>
public sealed class UploadFolderTests : IDisposable
{
    private const int Megabyte = 1024 * 1024;
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "impactdashboard-uploads");

    private readonly UploadFolder _uploads = new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Import:MaxUploadMegabytes"] = "1" })
        .Build());

    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private sealed class BrowserFile(string name, byte[] content, long? statedSize = null) : IBrowserFile
    {
        public string Name => name;
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public long Size => statedSize ?? content.Length;
        public string ContentType => "application/octet-stream";
        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) => new MemoryStream(content);
    }

    private static string[] Uploads() => Directory.Exists(Root) ? Directory.GetFileSystemEntries(Root) : [];

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read_and_leaves_nothing_behind()
    {
        var before = Uploads();

        var refused = await Assert.ThrowsAsync<UploadTooLargeException>(
            () => _uploads.SaveAsync(new BrowserFile("verkopen.csv", new byte[2 * Megabyte]), CancellationToken.None));

        Assert.Equal("Het bestand is groter dan 1 MB.", refused.Message);
        Assert.Equal(1, refused.MaxMegabytes);
        Assert.Equal(before, Uploads());
    }

    [Fact]
    public async Task A_file_that_sends_more_than_its_stated_size_is_refused_when_the_limit_is_passed_and_its_part_deleted()
    {
        var before = Uploads();

        await Assert.ThrowsAsync<UploadTooLargeException>(
            () => _uploads.SaveAsync(new BrowserFile("verkopen.csv", new byte[Megabyte + 1], statedSize: 100), CancellationToken.None));

        Assert.Equal(before, Uploads());
    }

    [Fact]
    public async Task A_file_within_the_limit_is_kept_whole_under_a_name_of_its_own()
    {
        var content = System.Text.Encoding.UTF8.GetBytes(SaleRow.File(new SaleRow()));

        var path = await _uploads.SaveAsync(new BrowserFile("../../verkopen maart.CSV", content), CancellationToken.None);
        try
        {
            Assert.Equal("upload.csv", Path.GetFileName(path));
            Assert.StartsWith(Root, path);
            Assert.Equal(content, await File.ReadAllBytesAsync(path));
            ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, path));
        }
        finally
        {
            UploadFolder.Delete(path);
        }
    }

    public static TheoryData<string, byte[], string> NotSpreadsheets => new()
    {
        { "verkopen.csv", Png(), "binaire gegevens" },
        { "verkopen.xlsx", Png(), "binaire gegevens" },
        { "verkopen.csv", Zip(), "geen Excel-werkmap" },
        { "verkopen.xlsx", Zip(), "geen Excel-werkmap" },
        { "verkopen.csv", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[56]], "binaire gegevens" },
    };

    /// <summary>The smallest real PNG: signature, a 1×1 header, one pixel, the end.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A zip holding a perfectly good CSV: still no workbook.</summary>
    private static byte[] Zip()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("verkopen.csv").Open());
            writer.Write(SaleRow.File(new SaleRow()));
        }
        return memory.ToArray();
    }

    [Theory]
    [MemberData(nameof(NotSpreadsheets))]
    public async Task An_upload_that_is_no_spreadsheet_whatever_its_name_is_refused_in_Dutch_and_nothing_is_imported(string name, byte[] bytes, string expected)
    {
        var before = _install.Snapshot();
        var path = await _uploads.SaveAsync(new BrowserFile(name, bytes), CancellationToken.None);
        try
        {
            var message = ImportAssert.FileRefused(_install.Import(ImportKind.Verkopen, path));

            Assert.Contains(expected, message);
            Assert.Equal(before, _install.Snapshot());
        }
        finally
        {
            UploadFolder.Delete(path);
        }
    }

    public void Dispose() => _install.Dispose();
}
