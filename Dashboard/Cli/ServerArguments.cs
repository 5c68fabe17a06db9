namespace Dashboard.Cli;

/// <summary>
/// What the web server may be started with on its command line: settings only — the host's own (`--urls http://…`,
/// `--environment Production`) and the sections of appsettings.json (`--Import:MaxRows=…`), written `--key value`,
/// `--key=value`, `/key value` or `key=value`. Anything else is meant for the command line, so a misspelt command
/// (`improt`, `--improt`, `import=…`) or a command's option without its command (`--db x`) is refused with the usage
/// instead of starting a server on the default database, which would hang a scheduled job.
/// </summary>
public static class ServerArguments
{
    /// <summary>The host's own settings, each a value by itself.</summary>
    private static readonly string[] HostSettings =
        ["urls", "http_ports", "https_ports", "environment", "contentRoot", "webroot", "applicationName", "AllowedHosts"];

    /// <summary>This app's configuration sections (README, "Where the data lives", "In productie"): a setting names one of their keys.</summary>
    private static readonly string[] Sections =
        ["ConnectionStrings", "Database", "Privacy", "Import", "Access", "ReverseProxy", "Https", "Metrics", "Demo", "Logging", "Kestrel"];

    private static readonly string[] HelpWords = ["help", "--help", "-h", "-?", "/?", "/h"];

    public static bool AskForHelp(string word) => HelpWords.Contains(word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when every argument is a server setting; else the first word that is not.</summary>
    public static string? FirstNotASetting(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var word = args[i];
            var option = word.StartsWith('-') || word.StartsWith('/');
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (!option && equals < 0 || AskForHelp(word))
            {
                return word;
            }
            var key = (equals < 0 ? word : word[..equals]).TrimStart('-', '/');
            if (!IsSetting(key, emptySection: equals == word.Length - 1))
            {
                return word;
            }
            if (option && equals < 0)
            {
                i++; // its value
            }
        }
        return null;
    }

    /// <summary>
    /// A host setting, or a key in one of the sections. A section itself only as `--Section=` with nothing after it, as
    /// configuration is flattened (ASP.NET Core's test host passes its settings that way).
    /// </summary>
    private static bool IsSetting(string key, bool emptySection)
    {
        var parts = key.Split([":", "__"], 2, StringSplitOptions.None);
        return parts.Length == 1
            ? HostSettings.Contains(key, StringComparer.OrdinalIgnoreCase) || emptySection && Sections.Contains(key, StringComparer.OrdinalIgnoreCase)
            : Sections.Contains(parts[0], StringComparer.OrdinalIgnoreCase) && parts[1].Length > 0;
    }
}
