using System.Globalization;
using Dashboard.Data.Figures;

namespace Dashboard.Components.Pages.Settings;

/// <summary>An indicator as a dropdown offers it: "P4R · % uitstroom naar betaald werk".</summary>
public sealed record IndicatorOption(IndicatorCode Code, string Text)
{
    public static IReadOnlyList<IndicatorOption> For(IEnumerable<Indicator> indicators, CultureInfo culture) =>
        indicators.Select(i => new IndicatorOption(i.Code, $"{i.Code} · {i.Name(culture)}")).ToList();
}
