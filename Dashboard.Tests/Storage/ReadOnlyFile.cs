using System.Diagnostics;

namespace Dashboard.Tests.Storage;

/// <summary>
/// Makes a file read-only for this process until disposed: the read-only attribute (chmod a-w), and for root (whom file modes do not
/// stop) also the immutable attribute.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;

    private ReadOnlyFile(string path, bool immutable) => (_path, _immutable) = (path, immutable);

    public static ReadOnlyFile Make(string path)
    {
        File.SetAttributes(path, FileAttributes.ReadOnly);
        var immutable = Environment.IsPrivilegedProcess;
        if (immutable)
        {
            Chattr("+i", path);
        }
        return new ReadOnlyFile(path, immutable);
    }

    private static void Chattr(string flag, string path)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr {flag} {path}: {chattr.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", _path);
        }
        File.SetAttributes(_path, FileAttributes.Normal);
    }
}
