using System.Globalization;
using Dashboard.Data.Figures.Filtering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Dashboard.Filtering;

/// <summary>
/// A dashboard view as a URL query (docs/weergave-en-export.md#filter: a view is a link): the filter — van, tot, org, winkel, soort,
/// praktijk, doelgroep, leeftijd, traject, regeling, each repeatable — the protection preview
/// (weergave=afgeschermd) and a page's own choices (indicator, norm, …), kept as they are. A van and tot that make no
/// period a user may ask for leave the period out and say why in <see cref="PeriodProblem"/>: the page and the download
/// refuse with it, before anything is computed.
/// </summary>
public sealed record DashboardQuery(NamedFilter Filter, bool Protected, IReadOnlyDictionary<string, string> Choices)
{
    private static readonly string[] FilterKeys = ["van", "tot", "org", "winkel", "soort", "praktijk", "doelgroep", "leeftijd", "traject", "regeling", "weergave"];

    public static DashboardQuery Parse(string uri)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        IReadOnlyList<string> All(string key) =>
            query.TryGetValue(key, out var values) ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList() : [];
        DateOnly? Day(string key) =>
            DateOnly.TryParseExact(All(key).FirstOrDefault(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        var (from, to) = (Day("van"), Day("tot"));
        var problem = from is { } f && to is { } t ? Period.Problem(f, t) : null;
        var filter = new NamedFilter
        {
            Period = from is { } start && to is { } end && problem is null ? new Period(start, end) : null,
            Organisations = All("org"),
            Stores = All("winkel"),
            PracticeKinds = All("soort"),
            Practices = All("praktijk"),
            TargetGroups = All("doelgroep"),
            AgeGroups = All("leeftijd"),
            TrajectoryTypes = All("traject"),
            Schemes = All("regeling"),
        };
        var choices = query.Where(p => !FilterKeys.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value.ToString());
        return new DashboardQuery(filter, All("weergave").Contains("afgeschermd"), choices) { PeriodProblem = problem };
    }

    /// <summary>Why the link's van and tot are no period that can be shown, in Dutch; null when they are, or are not both given.</summary>
    public string? PeriodProblem { get; init; }

    public string? Choice(string key) => Choices.GetValueOrDefault(key);

    public DashboardQuery WithChoice(string key, string? value)
    {
        var choices = Choices.Where(p => p.Key != key).ToDictionary(p => p.Key, p => p.Value);
        if (value is not null)
        {
            choices[key] = value;
        }
        return this with { Choices = choices };
    }

    /// <summary>The query string, starting with '?', empty lists left out.</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, StringValues>>();
        void Add(string key, IEnumerable<string> values)
        {
            var list = values.ToArray();
            if (list.Length > 0)
            {
                pairs.Add(new(key, list));
            }
        }
        if (Filter.Period is { } period)
        {
            Add("van", [period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            Add("tot", [period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }
        Add("org", Filter.Organisations);
        Add("winkel", Filter.Stores);
        Add("soort", Filter.PracticeKinds);
        Add("praktijk", Filter.Practices);
        Add("doelgroep", Filter.TargetGroups);
        Add("leeftijd", Filter.AgeGroups);
        Add("traject", Filter.TrajectoryTypes);
        Add("regeling", Filter.Schemes);
        if (Protected)
        {
            Add("weergave", ["afgeschermd"]);
        }
        foreach (var (key, value) in Choices.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(key, [value]);
        }
        return pairs.Count == 0 ? string.Empty : QueryString.Create(pairs).ToUriComponent();
    }
}
