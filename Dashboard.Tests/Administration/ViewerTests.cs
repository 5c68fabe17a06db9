using Dashboard.Data.Administration;
using Dashboard.Data.Exports;

namespace Dashboard.Tests.Administration;

/// <summary>The role table of docs/privacy-en-toegang.md#rollen-en-bereik, row by row.</summary>
public class ViewerTests
{
    private static Viewer As(Role role) => new(1, "iemand", "Iemand", role,
        role is Role.Beheerder or Role.Bestuur ? AccessScope.Everything : AccessScope.Of([7]));

    [Theory]
    [InlineData(Role.Beheerder, ViewerProfile.Exact)]
    [InlineData(Role.Directie, ViewerProfile.Exact)]
    [InlineData(Role.Bestuur, ViewerProfile.Protected)]
    [InlineData(Role.Communicatie, ViewerProfile.Protected)]
    public void Figures_are_exact_only_for_the_administrator_and_a_director(Role role, ViewerProfile profile) =>
        Assert.Equal(profile, As(role).Profile);

    [Theory]
    [InlineData(Role.Beheerder, true, true, true, true)]
    [InlineData(Role.Directie, true, true, false, false)]
    [InlineData(Role.Bestuur, false, false, false, false)]
    [InlineData(Role.Communicatie, false, false, false, false)]
    public void Imports_targets_settings_and_users_follow_the_role(Role role, bool imports, bool targets, bool settings, bool users)
    {
        var viewer = As(role);

        Assert.Equal((imports, targets, settings, users, users), (viewer.CanImport, viewer.CanEditTargets, viewer.CanEditSettings, viewer.CanManageUsers, viewer.CanReadAuditLog));
        Assert.Equal(role == Role.Beheerder, viewer.CanPreviewProtection);
    }

    [Theory]
    [InlineData(Role.Bestuur, "png,svg,pdf,docx")]
    [InlineData(Role.Communicatie, "png,svg,xlsx,csv,pdf,docx")]
    [InlineData(Role.Directie, "png,svg,xlsx,csv,pdf,docx")]
    [InlineData(Role.Beheerder, "png,svg,xlsx,csv,pdf,docx")]
    public void The_board_exports_charts_factsheets_and_reports_only(Role role, string formats) =>
        Assert.Equal(formats, string.Join(",", Enum.GetValues<ExportFormat>().Where(f => f.MayBeTakenBy(As(role))).Select(f => f.ToString().ToLowerInvariant())));

    [Fact]
    public void A_director_imports_only_into_their_own_organisation()
    {
        var director = As(Role.Directie);

        Assert.True(director.CanImportInto(7));
        Assert.False(director.CanImportInto(8));
        Assert.False(As(Role.Communicatie).CanImportInto(7));
    }
}
