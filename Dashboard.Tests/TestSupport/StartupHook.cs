// A .NET startup hook must be a type named StartupHook outside any namespace.
#pragma warning disable CA1050

/// <summary>
/// Loaded into a child process with DOTNET_STARTUP_HOOKS: when the process ends, it writes the names of the assemblies it
/// loaded to the file named by IMPACT_LOADED_ASSEMBLIES — what a command really pulled in, not what it references.
/// </summary>
internal static class StartupHook
{
    public const string FileVariable = "IMPACT_LOADED_ASSEMBLIES";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is not { Length: > 0 } file)
        {
            return;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            File.WriteAllLines(file, AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name ?? "").Order(StringComparer.Ordinal));
    }
}
