using Dashboard.Data.Administration;

namespace Dashboard.Tests.TestSupport;

/// <summary>Signed-in users as the action services see them: a role and a scope, as the pages pass them.</summary>
public static class Actors
{
    public static Actor Beheerder(string userName = "beheerder") =>
        Actor.For(new Viewer(1, userName, "Beheerder", Role.Beheerder, AccessScope.Everything));

    public static Actor Directie(long organisationId, string userName = "directie") =>
        Actor.For(new Viewer(2, userName, "Directie", Role.Directie, AccessScope.Of([organisationId])));

    public static Actor Communicatie(long organisationId, string userName = "communicatie") =>
        Actor.For(new Viewer(3, userName, "Communicatie", Role.Communicatie, AccessScope.Of([organisationId])));
}
