using Dashboard.Data.Administration;

namespace Dashboard.Data.Figures.Data;

/// <summary>What of the stored practices a viewer may see: those of the organisations in their scope.</summary>
public static class VisiblePractices
{
    public static bool MaySee(this Viewer viewer, PracticeInfo practice) => viewer.MaySee(practice.OrganisationId);

    public static IReadOnlyList<PracticeInfo> Visible(this Viewer viewer, IReadOnlyList<PracticeInfo> practices) =>
        viewer.Scope.AllOrganisations ? practices : practices.Where(viewer.MaySee).ToList();
}
