using System.Globalization;
using Radzen;
using Radzen.Blazor;

namespace Dashboard.Resources;

/// <summary>
/// Radzen's own words — a pager's "Go to next page.", a dialog's "Close dialog", the labels of a date picker, a drop-down
/// and a grid's filter — in Dutch on Dutch pages; on English pages Radzen's built-in English stays. Registered once for
/// the whole app, so no grid or dialog sets these texts itself. Radzen ships no Dutch, so every text of a Radzen
/// component the app uses is here (checked by a test when a component or a Radzen upgrade brings a new one).
/// </summary>
public sealed class RadzenTexts : ILocalizer
{
    public string? Get(string key, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? null : Dutch.GetValueOrDefault(key);

    /// <summary>Radzen's resource key (RadzenStrings) and its Dutch. Leading and trailing spaces are Radzen's: it glues these to a column title.</summary>
    public static readonly IReadOnlyDictionary<string, string> Dutch = new Dictionary<string, string>
    {
        [nameof(RadzenStrings.Alert_CloseAriaLabel)] = "Sluiten",
        [nameof(RadzenStrings.Button_ImageAlternateText)] = "knop",

        [nameof(RadzenStrings.DataGrid_AllColumnsText)] = "Alle",
        [nameof(RadzenStrings.DataGrid_AndOperatorText)] = "En",
        [nameof(RadzenStrings.DataGrid_ApplyFilterText)] = "Toepassen",
        [nameof(RadzenStrings.DataGrid_ClearFilterText)] = "Wissen",
        [nameof(RadzenStrings.DataGrid_CollapseAllGroupsTitle)] = "Alle groepen inklappen",
        [nameof(RadzenStrings.DataGrid_CollapseAllTitle)] = "Alles inklappen",
        [nameof(RadzenStrings.DataGrid_ColumnsShowingText)] = "kolommen zichtbaar",
        [nameof(RadzenStrings.DataGrid_ColumnsText)] = "Kolommen",
        [nameof(RadzenStrings.DataGrid_ContainsText)] = "Bevat",
        [nameof(RadzenStrings.DataGrid_CustomText)] = "Aangepast",
        [nameof(RadzenStrings.DataGrid_DoesNotContainText)] = "Bevat niet",
        [nameof(RadzenStrings.DataGrid_EmptyText)] = "Geen rijen om te tonen.",
        [nameof(RadzenStrings.DataGrid_EndsWithText)] = "Eindigt op",
        [nameof(RadzenStrings.DataGrid_EnumFilterSelectText)] = "Kies…",
        [nameof(RadzenStrings.DataGrid_EnumNullFilterText)] = "Geen waarde",
        [nameof(RadzenStrings.DataGrid_EqualsText)] = "Is gelijk aan",
        [nameof(RadzenStrings.DataGrid_ExpandAllGroupsTitle)] = "Alle groepen uitklappen",
        [nameof(RadzenStrings.DataGrid_ExpandAllTitle)] = "Alles uitklappen",
        [nameof(RadzenStrings.DataGrid_ExpandChildItemAriaLabel)] = "Onderliggende rijen uitklappen",
        [nameof(RadzenStrings.DataGrid_ExpandGroupAriaLabel)] = "Groep uitklappen",
        [nameof(RadzenStrings.DataGrid_FilterOperatorAriaLabel)] = " filteroperator ",
        [nameof(RadzenStrings.DataGrid_FilterText)] = "Filter",
        [nameof(RadzenStrings.DataGrid_FilterToggleAriaLabel)] = "Filter tonen of verbergen",
        [nameof(RadzenStrings.DataGrid_FilterValueAriaLabel)] = " filterwaarde ",
        [nameof(RadzenStrings.DataGrid_GreaterThanOrEqualsText)] = "Groter dan of gelijk aan",
        [nameof(RadzenStrings.DataGrid_GreaterThanText)] = "Groter dan",
        [nameof(RadzenStrings.DataGrid_GroupPanelText)] = "Sleep een kolomkop hierheen om op die kolom te groeperen",
        [nameof(RadzenStrings.DataGrid_InText)] = "Is een van",
        [nameof(RadzenStrings.DataGrid_IsEmptyText)] = "Is leeg",
        [nameof(RadzenStrings.DataGrid_IsNotEmptyText)] = "Is niet leeg",
        [nameof(RadzenStrings.DataGrid_IsNotNullText)] = "Heeft een waarde",
        [nameof(RadzenStrings.DataGrid_IsNullText)] = "Heeft geen waarde",
        [nameof(RadzenStrings.DataGrid_LessThanOrEqualsText)] = "Kleiner dan of gelijk aan",
        [nameof(RadzenStrings.DataGrid_LessThanText)] = "Kleiner dan",
        [nameof(RadzenStrings.DataGrid_LogicalOperatorAriaLabel)] = " logische filteroperator ",
        [nameof(RadzenStrings.DataGrid_NotEqualsText)] = "Is niet gelijk aan",
        [nameof(RadzenStrings.DataGrid_NotInText)] = "Is geen van",
        [nameof(RadzenStrings.DataGrid_OrOperatorText)] = "Of",
        [nameof(RadzenStrings.DataGrid_RemoveGroupAriaLabel)] = "Groep verwijderen",
        [nameof(RadzenStrings.DataGrid_SecondFilterOperatorAriaLabel)] = " tweede filteroperator ",
        [nameof(RadzenStrings.DataGrid_SecondFilterValueAriaLabel)] = " tweede filterwaarde ",
        [nameof(RadzenStrings.DataGrid_SelectVisibleColumnsAriaLabel)] = "zichtbare kolommen kiezen",
        [nameof(RadzenStrings.DataGrid_StartsWithText)] = "Begint met",

        [nameof(RadzenStrings.DatePicker_CalendarWeekTitle)] = "Wk",
        [nameof(RadzenStrings.DatePicker_ClearAriaLabel)] = "Wissen",
        [nameof(RadzenStrings.DatePicker_DisabledAriaLabel)] = "niet te kiezen",
        [nameof(RadzenStrings.DatePicker_HourAriaLabel)] = "Uur",
        [nameof(RadzenStrings.DatePicker_MinutesAriaLabel)] = "Minuten",
        [nameof(RadzenStrings.DatePicker_NextMonthAriaLabel)] = "Volgende maand",
        [nameof(RadzenStrings.DatePicker_NextYearAriaLabel)] = "Volgend jaar",
        [nameof(RadzenStrings.DatePicker_OkAriaLabel)] = "OK",
        [nameof(RadzenStrings.DatePicker_PopupAriaLabel)] = "Datumkiezer",
        [nameof(RadzenStrings.DatePicker_PrevMonthAriaLabel)] = "Vorige maand",
        [nameof(RadzenStrings.DatePicker_PrevYearAriaLabel)] = "Vorig jaar",
        [nameof(RadzenStrings.DatePicker_RangeEndAriaLabel)] = "einde van de periode",
        [nameof(RadzenStrings.DatePicker_RangeStartAriaLabel)] = "begin van de periode",
        [nameof(RadzenStrings.DatePicker_SecondsAriaLabel)] = "Seconden",
        [nameof(RadzenStrings.DatePicker_SelectedAriaLabel)] = "gekozen",
        [nameof(RadzenStrings.DatePicker_TodayAriaLabel)] = "vandaag",
        [nameof(RadzenStrings.DatePicker_ToggleAmPmAriaLabel)] = "Wisselen tussen AM en PM",
        [nameof(RadzenStrings.DatePicker_ToggleAriaLabel)] = "Kalender tonen of verbergen",

        [nameof(RadzenStrings.Dialog_AlertTitle)] = "Melding",
        [nameof(RadzenStrings.Dialog_CancelText)] = "Annuleren",
        [nameof(RadzenStrings.Dialog_CloseAriaLabel)] = "Venster sluiten",
        [nameof(RadzenStrings.Dialog_CloseSideDialogAriaLabel)] = "Zijvenster sluiten",
        [nameof(RadzenStrings.Dialog_ConfirmMessage)] = "Weet u het zeker?",
        [nameof(RadzenStrings.Dialog_ConfirmTitle)] = "Bevestigen",
        [nameof(RadzenStrings.Dialog_OkText)] = "OK",
        [nameof(RadzenStrings.Dialog_ResizeBarAriaLabel)] = "Breedte van het zijvenster wijzigen",
        [nameof(RadzenStrings.Dialog_ResizeBarTitle)] = "Sleep om de breedte te wijzigen",

        [nameof(RadzenStrings.DropDown_ClearAriaLabel)] = "Wissen",
        [nameof(RadzenStrings.DropDown_EmptyAriaLabel)] = "Leeg",
        [nameof(RadzenStrings.DropDown_RemoveChipTitle)] = "Verwijder",
        [nameof(RadzenStrings.DropDown_SearchAriaLabel)] = "Zoeken",
        [nameof(RadzenStrings.DropDown_SelectedItemsText)] = "gekozen",

        [nameof(RadzenStrings.Link_ImageAlternateText)] = "afbeelding",
        [nameof(RadzenStrings.Notification_CloseAriaLabel)] = "Sluiten",
        [nameof(RadzenStrings.Numeric_DownAriaLabel)] = "Verlagen",
        [nameof(RadzenStrings.Numeric_UpAriaLabel)] = "Verhogen",

        // The pager is the data grid's own.
        [nameof(RadzenStrings.Pager_FirstPageAriaLabel)] = "Ga naar de eerste pagina.",
        [nameof(RadzenStrings.Pager_FirstPageTitle)] = "Eerste pagina",
        [nameof(RadzenStrings.Pager_LastPageAriaLabel)] = "Ga naar de laatste pagina.",
        [nameof(RadzenStrings.Pager_LastPageTitle)] = "Laatste pagina",
        [nameof(RadzenStrings.Pager_NavigationAriaLabel)] = "Paginanavigatie",
        [nameof(RadzenStrings.Pager_NextPageAriaLabel)] = "Ga naar de volgende pagina.",
        [nameof(RadzenStrings.Pager_NextPageTitle)] = "Volgende pagina",
        [nameof(RadzenStrings.Pager_PageAriaLabelFormat)] = "Ga naar pagina {0}.",
        [nameof(RadzenStrings.Pager_PageSizeText)] = "rijen per pagina",
        [nameof(RadzenStrings.Pager_PageTitleFormat)] = "Pagina {0}",
        [nameof(RadzenStrings.Pager_PagingSummaryFormat)] = "Pagina {0} van {1} ({2} rijen)",
        [nameof(RadzenStrings.Pager_PrevPageAriaLabel)] = "Ga naar de vorige pagina.",
        [nameof(RadzenStrings.Pager_PrevPageTitle)] = "Vorige pagina",
        [nameof(RadzenStrings.Pager_ReloadAriaLabel)] = "Huidige pagina opnieuw laden.",
        [nameof(RadzenStrings.Pager_ReloadTitle)] = "Opnieuw laden",

        [nameof(RadzenStrings.PanelMenu_AriaLabel)] = "Menu",
        [nameof(RadzenStrings.PanelMenuItem_ImageAlternateText)] = "afbeelding",
        [nameof(RadzenStrings.SidebarToggle_ToggleAriaLabel)] = "Zijbalk tonen of verbergen",
        [nameof(RadzenStrings.Tabs_CloseTitle)] = "Tabblad sluiten",
        [nameof(RadzenStrings.Tabs_MoreAriaLabel)] = "Meer tabbladen",
        [nameof(RadzenStrings.Tabs_ScrollBackwardAriaLabel)] = "Tabbladen terugschuiven",
        [nameof(RadzenStrings.Tabs_ScrollForwardAriaLabel)] = "Tabbladen doorschuiven",
        [nameof(RadzenStrings.Text_AnchorAriaLabel)] = "Link naar dit onderdeel",
    };
}
