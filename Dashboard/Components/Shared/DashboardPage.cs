using System.Diagnostics;
using System.Globalization;
using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Filtering;
using Dashboard.Hosting;
using Dashboard.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;

namespace Dashboard.Components.Shared;

/// <summary>
/// What every dashboard page shares: the view comes from the URL (so back, forward and a shared link
/// restore it), its filter is resolved against the stored practices, and the page loads its figures off
/// the UI thread whenever the URL changes. A page's own code only loads data and holds UI state.
/// </summary>
/// <remarks>
/// [Authorize] here and not only the fallback policy: the policy guards the request that opens the page, the
/// attribute makes AuthorizeRouteView re-check the open circuit, so a user disabled meanwhile goes to the login page.
/// </remarks>
[Authorize]
public abstract class DashboardPage : ComponentBase, IDisposable
{
    private int _loads;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] protected IndicatorService Indicators { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] protected IStringLocalizer<Strings> L { get; set; } = default!;
    [Inject] private ILogger<DashboardPage> Log { get; set; } = default!;

    protected DashboardQuery Query { get; private set; } = DashboardQuery.Parse("http://localhost/");

    /// <summary>The resolved filter; null while loading or when the URL names something unknown.</summary>
    protected IndicatorFilter? Filter { get; private set; }

    /// <summary>Why the URL's filter could not be used, in Dutch.</summary>
    protected string? FilterProblem { get; private set; }

    protected SectorSnapshot Snapshot { get; private set; } = default!;

    /// <summary>Who is looking: their scope narrows every filter, their role sets the figures' protection.</summary>
    protected Viewer Viewer { get; private set; } = default!;

    /// <summary>The practices the viewer may see: what the filter bar offers.</summary>
    protected IReadOnlyList<PracticeInfo> Practices => Viewer.Visible(Snapshot.Practices);

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The page's language, as the culture the core's renderers take.</summary>
    protected CultureInfo Culture => UiCulture.Current;

    /// <summary>The viewer's figures; an administrator may preview the protected ones ("toon als bestuur/communicatie").</summary>
    protected ViewerProfile Profile => Viewer.CanPreviewProtection && Query.Protected ? ViewerProfile.Protected : Viewer.Profile;

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    protected bool Loading { get; private set; } = true;

    protected override async Task OnInitializedAsync()
    {
        Viewer = ViewerClaims.Viewer((await AuthenticationState).User)
            ?? throw new InvalidOperationException("A dashboard page is shown to signed-in users only.");
        Navigation.LocationChanged += OnLocationChanged;
        await Refresh();
    }

    /// <summary>Computes the page's figures for <see cref="Filter"/>; runs on a worker thread.</summary>
    protected abstract void Load(IndicatorFilter filter);

    /// <summary>Shows another view: a new URL, so it is a link and the back button returns here.</summary>
    protected void Show(DashboardQuery query) =>
        Navigation.NavigateTo(new Uri(Navigation.Uri).GetLeftPart(UriPartial.Path) + query.ToQueryString());

    /// <summary>Loads the figures of the same URL again: after an action on the page changed what they show.</summary>
    protected async Task Reload()
    {
        await Refresh();
        StateHasChanged();
    }

    private async Task Refresh()
    {
        var load = Interlocked.Increment(ref _loads);
        Loading = true;
        Query = DashboardQuery.Parse(Navigation.Uri);
        await Task.Run(() =>
        {
            Snapshot = Indicators.Snapshot;
            if (Query.PeriodProblem is { } problem)
            {
                (Filter, FilterProblem) = (null, problem);
                return;
            }
            try
            {
                var period = Query.Filter.Period ?? Indicators.DefaultPeriod(Today);
                var filter = ScopedFilter.Resolve(Query.Filter, period, Snapshot.Practices, Viewer);
                if (load != _loads)
                {
                    return;
                }
                var started = Stopwatch.GetTimestamp();
                Load(filter);
                Log.LogInformation("{Page}: figures in {Milliseconds:F0} ms", GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                (Filter, FilterProblem) = (filter, null);
            }
            catch (Exception refused) when (refused is UnknownFilterValueException or AccessDeniedException)
            {
                (Filter, FilterProblem) = (null, refused.Message);
            }
        });
        if (load == _loads)
        {
            Loading = false;
        }
    }

    private async void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        try
        {
            await InvokeAsync(async () =>
            {
                await Refresh();
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit went while the figures were computed.
        }
    }

    public virtual void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
