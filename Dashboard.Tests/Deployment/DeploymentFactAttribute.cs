namespace Dashboard.Tests.Deployment;

/// <summary>
/// A deployment test: it needs Debian's nginx and openssl. Skipped on a machine without them, except under CI=true,
/// where `.ci/run` installs them and a missing one fails the test loudly.
/// </summary>
public sealed class DeploymentFactAttribute : FactAttribute
{
    public const string Nginx = "/usr/sbin/nginx";
    public const string OpenSsl = "/usr/bin/openssl";

    public DeploymentFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && !(File.Exists(Nginx) && File.Exists(OpenSsl)))
        {
            Skip = $"Deployment test skipped: no nginx at {Nginx} or openssl at {OpenSsl}; install them with " +
                   "`sudo apt-get install -y nginx openssl`, or run `.ci/run`, which installs them.";
        }
    }
}
