namespace Dashboard.Hosting;

/// <summary>A path to return to after a login or a language switch: only a path of this site, never another site's address.</summary>
public static class LocalPath
{
    public static string OrHome(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\')) && !path.Any(char.IsControl) ? path : "/";
}
