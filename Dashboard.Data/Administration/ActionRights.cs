namespace Dashboard.Data.Administration;

/// <summary>The refusals the action services give, in the same words as the pages and downloads.</summary>
public static class ActionRights
{
    /// <summary>The role may not do this at all (a page hides it; only a forged request gets here).</summary>
    public const string NoRight = "Geen toegang: uw rol mag dit niet.";

    /// <summary>
    /// The organisation, store or practice lies outside the actor's scope — or does not exist: a scoped user cannot tell
    /// the two apart.
    /// </summary>
    public const string OutsideScope = "Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.";
}
