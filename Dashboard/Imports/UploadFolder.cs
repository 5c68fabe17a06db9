using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Imports;

/// <summary>
/// Where uploaded import files wait while they are checked and imported: streamed to a temporary file, never
/// held whole in memory, and deleted when the page is done with them. The size limit is `Import:MaxUploadMegabytes`.
/// </summary>
public sealed class UploadFolder(IConfiguration configuration)
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "impactdashboard-uploads");

    public long MaxBytes { get; } = (configuration.GetValue<long?>("Import:MaxUploadMegabytes") ?? 200) * 1024 * 1024;

    public int MaxMegabytes => (int)(MaxBytes / 1024 / 1024);

    /// <summary>
    /// Streams the browser's file to a new temporary file and returns its path. A file over the limit — by its
    /// stated size or by the bytes that actually arrive — is refused with <see cref="UploadTooLargeException"/>,
    /// and whatever part of it had arrived is deleted.
    /// </summary>
    public async Task<string> SaveAsync(IBrowserFile file, CancellationToken cancellationToken)
    {
        if (file.Size > MaxBytes)
        {
            throw new UploadTooLargeException(MaxMegabytes);
        }
        var folder = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // Only the extension of the user's name is kept: the name itself never becomes a path.
        var path = Path.Combine(folder, "upload" + Path.GetExtension(file.Name).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => ".csv",
            ".xlsx" => ".xlsx",
            _ => ".bin",
        });
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using var source = file.OpenReadStream(MaxBytes, cancellationToken);
            var buffer = new byte[1 << 16];
            var total = 0L;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                {
                    throw new UploadTooLargeException(MaxMegabytes);
                }
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            return path;
        }
        catch
        {
            Delete(path);
            throw;
        }
    }

    public static void Delete(string? path)
    {
        if (path is null)
        {
            return;
        }
        try
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
