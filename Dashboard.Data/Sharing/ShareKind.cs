namespace Dashboard.Data.Sharing;

/// <summary>What a share link serves (docs/weergave-en-export.md#delen-via-een-link): a factsheet now, a funder report later.</summary>
public enum ShareKind
{
    Factsheet,
    Rapport,
}

public static class ShareKinds
{
    /// <summary>The kind as stored in share_links.kind, written out: renaming a member never changes a stored link.</summary>
    public static string Key(this ShareKind kind) => kind switch
    {
        ShareKind.Factsheet => "factsheet",
        ShareKind.Rapport => "rapport",
    };

    public static ShareKind Parse(string key) =>
        Enum.GetValues<ShareKind>().Single(k => k.Key() == key);

    public static string Label(this ShareKind kind, System.Globalization.CultureInfo culture) => ShareLinkTexts.Get($"Kind.{kind.Key()}", culture);
}
