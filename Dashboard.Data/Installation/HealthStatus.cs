namespace Dashboard.Data.Installation;

/// <summary>What <see cref="InstallationHealth"/> found: healthy, or the first thing that is not.</summary>
public enum HealthStatus
{
    Healthy,
    DatabaseUnreachable,
    SchemaNotThisVersion,
    KeyFileDoesNotMatch,
}
