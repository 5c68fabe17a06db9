using System.Globalization;
using Dashboard.Data.Administration;

namespace Dashboard.Data.Imports;

/// <summary>
/// One import: which kind, the file on disk and the name the user knows it by, whether it replaces stored
/// rows (docs/importbestanden.md#algemene-regels), and whether to only check it (<see cref="DryRun"/>: everything is done, then rolled back).
/// </summary>
public sealed record ImportRequest(ImportKind Kind, string FilePath, string? FileName = null, bool Replace = false)
{
    /// <summary>The longest file name kept with a batch (import_batches.file_name) and in the audit log.</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>The file's name as the user knows it; one longer than any real name keeps its start, "…" and its extension.</summary>
    public string DisplayName
    {
        get
        {
            var name = FileName ?? Path.GetFileName(FilePath);
            if (name.Length <= MaxFileNameLength)
            {
                return name;
            }
            var extension = Path.GetExtension(name);
            extension = extension.Length <= 10 ? extension : "";
            return Domain.Ellipsis.Shorten(name[..^extension.Length], MaxFileNameLength - extension.Length) + extension;
        }
    }

    public bool DryRun { get; init; }

    /// <summary>The language of the report: Dutch on the command line, the reader's on the import page.</summary>
    public CultureInfo Culture { get; init; } = Domain.Dutch.Culture;

    /// <summary>Who imports: a user name, or the command line's name.</summary>
    public string? ImportedBy { get; init; }

    /// <summary>The fictional demo sector: its organisations are marked so that they can be removed at once.</summary>
    public bool IsDemo { get; init; }

    /// <summary>
    /// The organisations the importing user may import into (docs/privacy-en-toegang.md#rollen-en-bereik): a row whose store, or in `winkels` whose
    /// organisation, lies outside it is a problem, and a scoped user creates no organisation. The command line's
    /// operator and a beheerder have <see cref="AccessScope.Everything"/>.
    /// </summary>
    public AccessScope Scope { get; init; } = AccessScope.Everything;
}
