using System.Globalization;
using Dashboard.Data.Administration.Audit;

namespace Dashboard.Components.Pages.Audit;

/// <summary>
/// The audit-log filter as the address carries it (gebruiker, actie, van, tot, tekst): what a link can say, read
/// leniently — an unknown action or a date that is no date is left out rather than refused.
/// </summary>
public sealed record AuditLogFilter(string? Gebruiker, string? Actie, string? Van, string? Tot, string? Tekst)
{
    public static readonly AuditLogFilter None = new(null, null, null, null, null);

    public string? UserName => Clean(Gebruiker);

    public AuditAction? Action => AuditActions.Parse(Clean(Actie));

    public DateOnly? From => Date(Van);

    public DateOnly? Through => Date(Tot);

    public string? Text => Clean(Tekst);

    public bool IsFiltered => UserName is not null || Action is not null || From is not null || Through is not null || Text is not null;

    public AuditQuery ToQuery() => new() { UserName = UserName, Action = Action, From = From, Through = Through, Text = Text };

    /// <summary>The query parameters of this filter; what is empty is removed from the address.</summary>
    public IReadOnlyDictionary<string, object?> ToParameters() => new Dictionary<string, object?>
    {
        ["gebruiker"] = UserName,
        ["actie"] = Action?.Key(),
        ["van"] = From is { } from ? Day(from) : null,
        ["tot"] = Through is { } through ? Day(through) : null,
        ["tekst"] = Text,
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(Clean(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
