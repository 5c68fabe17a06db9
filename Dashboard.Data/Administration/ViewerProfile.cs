namespace Dashboard.Data.Administration;

/// <summary>
/// Whether small-cell protection applies to the viewer (docs/indicatoren.md#afscherming): it does for everyone but a director
/// looking at their own organisation and an administrator, and for every export made through the web.
/// </summary>
public enum ViewerProfile
{
    Exact,
    Protected,
}
