using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Filtering;

/// <summary>
/// Resolves a <see cref="NamedFilter"/> against the stored practices: organisation names case-insensitively,
/// store and practice codes and code values like the import does (case, spaces, '_' and '-' ignored).
/// Anything unknown is refused with the nearest known value as a suggestion.
/// </summary>
public static class FilterResolver
{
    public static IndicatorFilter Resolve(NamedFilter named, Period period, IReadOnlyList<PracticeInfo> practices) => new(period)
    {
        Organisations = named.Organisations.Select(name =>
            practices.FirstOrDefault(p => string.Equals(p.OrganisationName, name.Trim(), StringComparison.OrdinalIgnoreCase))?.OrganisationId
            ?? throw Unknown("organisatie", name, practices.Select(p => p.OrganisationName))).ToHashSet(),
        Stores = named.Stores.Select(code =>
            practices.FirstOrDefault(p => CodeText.Normalize(p.StoreCode) == CodeText.Normalize(code))?.StoreId
            ?? throw Unknown("winkel", code, practices.Select(p => p.StoreCode))).ToHashSet(),
        Practices = named.Practices.Select(path =>
            practices.FirstOrDefault(p => SamePath(p.Path, path))?.Id
            ?? throw Unknown("praktijk", path, practices.Select(p => p.Path))).ToHashSet(),
        PracticeKinds = Codes(named.PracticeKinds, Domain.Codes.PracticeKinds),
        TargetGroups = Codes(named.TargetGroups, Domain.Codes.TargetGroups),
        AgeGroups = Codes(named.AgeGroups, Domain.Codes.AgeGroups),
        TrajectoryTypes = Codes(named.TrajectoryTypes, Domain.Codes.TrajectoryTypes),
        Schemes = Codes(named.Schemes, Domain.Codes.Schemes),
    };

    private static bool SamePath(string stored, string given)
    {
        var (a, b) = (stored.Split('/', 2), given.Split('/', 2));
        return b.Length == 2 && CodeText.Normalize(a[0]) == CodeText.Normalize(b[0]) && CodeText.Normalize(a[1]) == CodeText.Normalize(b[1]);
    }

    private static HashSet<string> Codes(IEnumerable<string> values, CodeList list) =>
        values.Select(value => list.Match(value)
            ?? throw new UnknownFilterValueException(
                $"'{value}' is geen bekende {list.Name} (bedoelt u '{list.Nearest(value)}'?). Toegestaan: {string.Join(", ", list.Codes)}.")).ToHashSet();

    private static UnknownFilterValueException Unknown(string what, string value, IEnumerable<string> known)
    {
        var names = known.Distinct().Order(StringComparer.Ordinal).ToList();
        var message = $"Onbekende {what} '{value}'.";
        if (names.Count > 0)
        {
            message += $" Bedoelt u '{new CodeList(what, names.DistinctBy(CodeText.Normalize).ToArray()).Nearest(value)}'? Bekend: {string.Join(", ", names)}.";
        }
        return new UnknownFilterValueException(message) { Place = (what, value), Known = names };
    }
}
