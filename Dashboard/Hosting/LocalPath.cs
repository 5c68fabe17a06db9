namespace Dashboard.Hosting;

/// <summary>
/// A path to return to after a login or a language switch: only a path of this site, never another site's address.
/// It is used as it is, so what is checked is what the browser is sent.
/// </summary>
public static class LocalPath
{
    /// <summary>
    /// The path when it is a plain local one: it starts with a single "/" (a second one, or a backslash, which a browser
    /// reads as "/", would start another site's address), holds only printable ASCII without spaces (a browser sends a
    /// path percent-encoded, and a URI parser that drops spaces or control characters would turn "/ //x" into "//x")
    /// and reads as a relative URI. Anything else goes to the home page.
    /// </summary>
    public static string OrHome(string? path) =>
        path is ['/', ..] && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal)
        && path.All(c => c is > ' ' and < '\x7f') && Uri.TryCreate(path, UriKind.Relative, out _)
            ? path
            : "/";
}
