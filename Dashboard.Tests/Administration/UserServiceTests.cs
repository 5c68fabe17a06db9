using Dashboard.Data;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Administration;

/// <summary>The users service names a user by id and audits what was stored before, not what a page still shows.</summary>
public sealed class UserServiceTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly ServiceProvider _core;

    public UserServiceTests() =>
        _core = new ServiceCollection().AddImpactCore(new InstallationFiles(_install.Database.Path, _install.KeyFile), ImportLimits.Default, _install.Clock)
            .BuildServiceProvider();

    private UserService Users => _core.GetRequiredService<UserService>();

    private AuditEntry LastLine() => new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery { Take = 1 })[0];

    [Fact]
    public void A_change_is_audited_against_the_stored_user_when_another_administrator_changed_it_in_between()
    {
        var beheerder = Actors.Beheerder("anna");
        var id = Users.Create(beheerder, new UserDraft("carla", "Carla", Role.Communicatie, AllOrganisations: true, new HashSet<long>()), "hash");
        // Another administrator made her bestuur, while this page still shows communicatie.
        Users.Update(Actors.Beheerder("bert"), id, new UserDraft("carla", "Carla", Role.Bestuur, AllOrganisations: true, new HashSet<long>()));

        Users.Update(beheerder, id, new UserDraft("carla", "Carla", Role.Beheerder, AllOrganisations: true, new HashSet<long>()));

        var line = LastLine();
        Assert.Equal(AuditWordings.UserChanged.Key, line.Wording!.Key);
        Assert.Contains("rol bestuur → beheerder", line.Subject, StringComparison.Ordinal);
        Assert.Equal(Role.Beheerder, new UserStore(_install.Database, _install.Clock).Find(id)!.Role);
    }

    [Fact]
    public void A_user_that_does_not_exist_is_refused_and_nothing_is_audited()
    {
        var before = new AuditLog(_install.Database, _install.Clock).Count(new AuditQuery());

        Assert.Throws<ArgumentException>(() => Users.SetDisabled(Actors.Beheerder(), 999, disabled: true));

        Assert.Equal(before, new AuditLog(_install.Database, _install.Clock).Count(new AuditQuery()));
    }

    public void Dispose()
    {
        _core.Dispose();
        _install.Dispose();
    }
}
