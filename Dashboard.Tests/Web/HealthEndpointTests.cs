using System.Net;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /health as a load balancer asks it: no login, plain HTTP, 200 only when the database answers with this build's
/// schema and the key file fits its participants, and a 503 whose reason names no file or person.
/// </summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private void ImportParticipant() =>
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Participant = "GEZOND-1" }));

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Health(DashboardFactory factory)
    {
        var response = await factory.Anonymous().GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task A_fresh_installation_is_healthy_to_anyone_without_a_login_and_nothing_is_cached()
    {
        using var factory = new DashboardFactory(_install);

        var (status, body, response) = await Health(factory);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("gezond", body);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Participants_with_their_own_key_file_are_healthy()
    {
        ImportParticipant();
        using var factory = new DashboardFactory(_install);

        Assert.Equal(HttpStatusCode.OK, (await Health(factory)).Status);
    }

    [Fact]
    public async Task A_key_file_from_another_installation_is_unhealthy_and_the_reason_names_no_file()
    {
        ImportParticipant();
        using var other = new TestInstallation().WithStandardStores();
        other.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Participant = "ANDER-1" }));
        File.Copy(other.KeyFile, _install.KeyFile, overwrite: true);
        using var factory = new DashboardFactory(_install);

        var (status, body, _) = await Health(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("sleutelbestand past niet bij de database", body);
    }

    [Fact]
    public async Task A_missing_key_file_is_unhealthy_once_there_are_participants()
    {
        ImportParticipant();
        File.Delete(_install.KeyFile);
        using var factory = new DashboardFactory(_install);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Health(factory)).Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task A_schema_of_another_version_is_unhealthy(int offset)
    {
        using var factory = new DashboardFactory(_install);
        _ = factory.Services; // started and migrated; then another version changes the schema under it
        using (var connection = _install.Database.Open())
        {
            connection.Execute($"PRAGMA user_version = {Database.SchemaVersion + offset};");
        }

        var (status, body, _) = await Health(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("schema is niet van deze versie", body);
    }

    [Fact]
    public async Task A_database_that_is_gone_is_unhealthy()
    {
        using var factory = new DashboardFactory(_install);
        _ = factory.Services;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_install.Database.Path);

        var (status, body, _) = await Health(factory);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("database antwoordt niet", body);
        Assert.False(File.Exists(_install.Database.Path));
    }

    [Fact]
    public async Task With_the_https_redirect_on_health_still_answers_over_plain_http_while_pages_are_redirected()
    {
        using var factory = new DashboardFactory(_install, new Dictionary<string, string> { ["Https:Redirect"] = "true", ["https_ports"] = "443" });
        var client = factory.Anonymous();

        using var page = await client.GetAsync("/inloggen");
        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_user_still_to_change_a_one_time_password_is_not_sent_to_the_password_page()
    {
        using var factory = new DashboardFactory(_install);
        var services = factory.Services;
        var userName = "eenmalig";
        services.GetRequiredService<Data.Administration.UserStore>().Create(
            new Data.Administration.UserDraft(userName, userName, Data.Administration.Role.Beheerder, true, new HashSet<long>()),
            services.GetRequiredService<Access.Passwords>().Hash(DashboardFactory.Password), mustChangePassword: true);
        var client = factory.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardFactory.LogIn(client, userName, DashboardFactory.Password)).StatusCode);

        using var page = await client.GetAsync("/");
        using var health = await client.GetAsync("/health");

        Assert.Equal("/wachtwoord", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("gezond", await health.Content.ReadAsStringAsync());
    }

    public void Dispose() => _install.Dispose();
}
