namespace Dashboard.Data.Administration;

/// <summary>
/// Who does an action: a signed-in user, with the role and scope of their <see cref="Administration.Viewer"/>, or the server's
/// operator on the command line, who is not restricted. Every action service takes one, checks it and names it in the
/// audit log.
/// </summary>
public sealed record Actor
{
    /// <summary>The command line's name, in the audit log and in the import history alike.</summary>
    public const string CommandLineName = "(opdrachtregel)";

    /// <summary>What the command line's imports were recorded as in the import history before it had one name.</summary>
    public const string OldCommandLineName = "opdrachtregel";

    public static readonly Actor CommandLine = new((Viewer?)null);

    private Actor(Viewer? viewer) => Viewer = viewer;

    public static Actor For(Viewer viewer) => new(viewer);

    /// <summary>The signed-in user; null for the command line.</summary>
    public Viewer? Viewer { get; }

    public string Name => Viewer?.UserName ?? CommandLineName;

    public AccessScope Scope => Viewer?.Scope ?? AccessScope.Everything;

    /// <summary>Whether the role allows it: the command line may do everything.</summary>
    public bool May(Func<Viewer, bool> right) => Viewer is null || right(Viewer);

    /// <exception cref="AccessDeniedException">The role does not allow it (a page hides the action; only a forged request gets here).</exception>
    public void Require(Func<Viewer, bool> right)
    {
        if (!May(right))
        {
            throw new AccessDeniedException(ActionRights.NoRight);
        }
    }
}
