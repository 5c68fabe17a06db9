using System.Globalization;
using Bunit;
using Dashboard.Resources;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using Radzen.Blazor.Rendering;

namespace Dashboard.Tests.Components;

/// <summary>
/// bUnit with what the app's components need: Radzen's services, its JavaScript answered loosely (the chart
/// gets a fixed size, as in Radzen's own tests, so its series render), the localizers (the app's words and, as the app
/// registers them, Radzen's own), and Dutch unless a test switches to English.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    protected static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    protected static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    protected ComponentTestContext()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Dutch, Dutch);
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.Setup<Rect>("Radzen.createChart", _ => true).SetResult(new Rect { Width = 800, Height = 320 });
        Services.AddRadzenComponents().AddSingleton<ILocalizer, RadzenTexts>();
        Services.AddLocalization();
    }

    /// <summary>The rest of the test runs as after the EN button: en-GB words and numbers.</summary>
    protected static void SwitchToEnglish() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (English, English);
}
