using System.Globalization;

namespace Dashboard.Data.Sharing;

/// <summary>
/// A file to share as it was made — any kind of file: its title, name, content type and bytes, its language, whose
/// figures it shows (who may list and revoke the link) and the stories it contains (withdrawing one's consent revokes it).
/// </summary>
public sealed record SharedFile(ShareKind Kind, string Title, string FileName, string ContentType, byte[] Bytes, CultureInfo Culture)
{
    public IReadOnlySet<long> Organisations { get; init; } = new HashSet<long>();

    public IReadOnlySet<long> StoryIds { get; init; } = new HashSet<long>();
}
