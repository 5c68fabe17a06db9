using System.Reflection;
using System.Text.RegularExpressions;
using Bunit;
using Dashboard.Resources;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Radzen.Blazor;

namespace Dashboard.Tests.Resources;

/// <summary>
/// Radzen's own texts — what a screen reader reads on a grid's pager, a dialog's close button, a date picker — are Dutch
/// on a Dutch page and English on an English one, like every other word of the interface.
/// </summary>
public sealed partial class RadzenTextsTests : ComponentTestContext
{
    [Fact]
    public void A_grid_pager_on_a_Dutch_page_reads_in_Dutch()
    {
        var pager = Pager();

        Assert.Equal("Paginanavigatie", pager.GetAttribute("aria-label"));
        Assert.Equal(
            ["Ga naar de eerste pagina.", "Ga naar de vorige pagina.", "Ga naar pagina 1.", "Ga naar pagina 2.", "Ga naar pagina 3.",
             "Ga naar de volgende pagina.", "Ga naar de laatste pagina."],
            AriaLabels(pager));
        Assert.Equal(["Eerste pagina", "Vorige pagina", "Pagina 1", "Pagina 2", "Pagina 3", "Volgende pagina", "Laatste pagina"], Titles(pager));
    }

    [Fact]
    public void A_grid_pager_on_an_English_page_reads_in_English()
    {
        SwitchToEnglish();

        var pager = Pager();

        Assert.Equal("Pagination", pager.GetAttribute("aria-label"));
        Assert.Equal(
            ["Go to first page.", "Go to previous page.", "Go to page 1.", "Go to page 2.", "Go to page 3.", "Go to next page.", "Go to last page."],
            AriaLabels(pager));
        Assert.Equal(["First page", "Previous page", "Page 1", "Page 2", "Page 3", "Next page", "Last page"], Titles(pager));
    }

    /// <summary>
    /// Radzen ships no Dutch, so a text of a Radzen component the app uses that is missing here would be English on a
    /// Dutch page: after a Radzen upgrade that adds one, or when a page starts using another Radzen component.
    /// </summary>
    [Fact]
    public void Every_text_of_every_Radzen_component_the_app_uses_has_its_Dutch()
    {
        var used = Directory.EnumerateFiles(Path.Combine(Repository.Root, "Dashboard", "Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => RadzenTag().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Append("Pager") // every paging grid renders one
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "DataGrid", "Dialog", "DatePicker", "DropDown", "Notification" }, used);

        var missing = typeof(RadzenStrings).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => p.Name)
            .Where(key => used.Contains(key.Split('_')[0]) && !RadzenTexts.Dutch.ContainsKey(key))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "No Dutch in RadzenTexts for:\n" + string.Join("\n", missing.Select(key => $"{key} ({RadzenStrings.ResourceManager.GetString(key)})")));
    }

    /// <summary>The pager of a grid of 30 rows, 10 to a page, as the app's lists page through their rows.</summary>
    private AngleSharp.Dom.IElement Pager() =>
        Render<RadzenDataGrid<int>>(p => p
            .Add(g => g.Data, Enumerable.Range(1, 30))
            .Add(g => g.AllowPaging, true)
            .Add(g => g.PageSize, 10)
            .Add(g => g.Columns, (RenderFragment)(builder =>
            {
                builder.OpenComponent<RadzenDataGridColumn<int>>(0);
                builder.AddAttribute(1, nameof(RadzenDataGridColumn<int>.Title), "Nr");
                builder.CloseComponent();
            })))
            .Find(".rz-pager");

    private static List<string?> AriaLabels(AngleSharp.Dom.IElement pager) =>
        pager.QuerySelectorAll(".rz-pager-element").Select(e => e.GetAttribute("aria-label")).ToList();

    private static List<string?> Titles(AngleSharp.Dom.IElement pager) =>
        pager.QuerySelectorAll(".rz-pager-element").Select(e => e.GetAttribute("title")).ToList();

    [GeneratedRegex(@"<Radzen(\w+)")]
    private static partial Regex RadzenTag();
}
