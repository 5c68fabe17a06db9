using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation.Demo;

/// <summary>Removing the demo sector, as the settings page and the command line both do it: the administrator's, and audited.</summary>
public sealed class DemoService(DemoSeeder seeder, AuditLog audit, DataChanges changes)
{
    /// <summary>Removes the demo organisations with everything of theirs and the demo accounts; returns how many organisations went.</summary>
    public int Remove(Actor actor)
    {
        actor.Require(v => v.CanEditSettings);
        var removed = seeder.Remove();
        changes.Changed();
        audit.Write(actor, new AuditLine(AuditWordings.DemoRemoved, ("count", removed)));
        return removed;
    }
}
