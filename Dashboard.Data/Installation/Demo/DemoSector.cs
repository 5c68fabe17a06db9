using System.Globalization;
using static Dashboard.Data.Installation.Demo.DemoCodes;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The fictional sector: fifteen kringloop organisations with thirty-one stores in real Dutch towns, each
/// store with its shop floor and most with a sorting centre, and good practices spread so that every kind
/// occurs and six stores run a restaurant, a bicycle workshop and a textile atelier side by side. Thirteen
/// organisations have a restaurant and thirteen a bicycle workshop, so that one of them can be set against
/// the other organisations of the sector (docs/installatie-en-beheer.md#demosector). Their profiles differ
/// on purpose, so that comparisons tell a story: Tweede Ronde, Weer Werk and Westfries Goed get many people
/// into paid work, Dé Schakel and Drenthe few; Amersfoort opened in 2024 and grows, Weert and Assen shrink.
/// </summary>
internal static class DemoSector
{
    /// <summary>
    /// The sector <paramref name="scale"/> times over, each practice with <paramref name="placeFactor"/> times its places;
    /// copies get a number after their names and store codes.
    /// </summary>
    public static IReadOnlyList<DemoOrganisation> Organisations(int scale, int placeFactor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(placeFactor, 1);
        var original = placeFactor == 1 ? Original() : Original().Select(o => WithPlaces(o, placeFactor)).ToList();
        var all = new List<DemoOrganisation>(original.Count * scale);
        all.AddRange(original);
        for (var copy = 2; copy <= scale; copy++)
        {
            var suffix = copy.ToString(CultureInfo.InvariantCulture);
            all.AddRange(original.Select(o => o with
            {
                Name = $"{o.Name} {suffix}",
                Stores = o.Stores.Select(s => s with { Code = s.Code + suffix, Name = $"{s.Name} {suffix}" }).ToList(),
            }));
        }
        return all;
    }

    private static DemoOrganisation WithPlaces(DemoOrganisation organisation, int factor) => organisation with
    {
        Stores = organisation.Stores
            .Select(s => s with { Practices = s.Practices.Select(p => p with { Capacity = p.Capacity * factor }).ToList() })
            .ToList(),
    };

    private static List<DemoOrganisation> Original() =>
    [
        new("Kringloop Aan de Maas", ParticipantCodeStyle.PrefixDashFiveDigits, "AAN",
        [
            new("VNL", "Aan de Maas Venlo", "Venlo", 2400,
                [Shop(22), Restaurant("REST", "Restaurant De Pan", 12), Bicycles("FIETS", "Fietswerkplaats De Ketting", 8),
                 Atelier("ATELIER", "Textielatelier Maasdraad", 8), Sorting(16)])
            {
                PaidWork = 0.27, DropOut = 0.18, GrowthPerYear = 0.05, RevenuePerSquareMetre = 390,
            },
            new("RMD", "Aan de Maas Roermond", "Roermond", 1100,
                [Shop(14), Sorting(10), Furniture("MEUBEL", "Meubelwerkplaats Roerdal", 6)])
            {
                PaidWork = 0.22, DropOut = 0.21, GrowthPerYear = 0.02, RevenuePerSquareMetre = 430,
            },
            new("WRT", "Aan de Maas Weert", "Weert", 850,
                [Shop(10), Electrics("ELEKTRA", "Repairwerkplaats Elektra", 5) with { GivesTransactions = false }])
            {
                PaidWork = 0.14, DropOut = 0.25, GrowthPerYear = -0.08, RevenuePerSquareMetre = 360, ClosedOnMonday = true,
            },
        ]) { NewcomerWeight = 0.7 },

        new("Stichting Tweede Ronde", ParticipantCodeStyle.PrefixFourDigits, "TR",
        [
            new("UTO", "Tweede Ronde Overvecht", "Utrecht", 2800,
                [Shop(25), Restaurant("HORECA1", "Café Tweede Kopje", 14) with { SalesLevel = 1.3 },
                 Bicycles("FIETS", "Fietsenmakerij Tweede Ronde", 10) with { SalesLevel = 1.4 },
                 Atelier("ATELIER", "Naaiatelier Draad & Co", 10), Sorting(20), Delivery(6)])
            {
                PaidWork = 0.40, DropOut = 0.11, GrowthPerYear = 0.07, RevenuePerSquareMetre = 470, PriceLevel = 1.15,
            },
            new("AMF", "Tweede Ronde Amersfoort", "Amersfoort", 1600,
                [Shop(16), Sorting(10), Restaurant("HORECA1", "Lunchroom Bé", 8) with { SalesLevel = 0.8 }])
            {
                PaidWork = 0.34, DropOut = 0.15, GrowthPerYear = 0.14, RevenuePerSquareMetre = 400, PriceLevel = 1.1,
                OpensOn = new DateOnly(2024, 3, 1),
            },
        ]) { NewcomerWeight = 1.5 },

        new("De Kringwinkel Zuidoost", ParticipantCodeStyle.PrefixYearDashThreeDigits, "P",
        [
            new("EHV", "De Kringwinkel Eindhoven", "Eindhoven", 3000,
                [Shop(25), Restaurant("REST", "Restaurant Het Vervolg", 15) with { SalesLevel = 1.2 },
                 Bicycles("FIETS", "Fietswerkplaats Strijp", 10), Atelier("ATELIER", "Textielatelier Zuidoost", 8),
                 Furniture("MEUBEL", "Meubelmakerij De Schaaf", 8), Electrics("ELEKTRA", "Elektra Reparatie", 6), Sorting(22)])
            {
                PaidWork = 0.30, DropOut = 0.19, GrowthPerYear = 0.04, RevenuePerSquareMetre = 420,
            },
            new("HMD", "De Kringwinkel Helmond", "Helmond", 1350,
                [Shop(14), Sorting(10),
                 Bicycles("FIETS", "Fietspunt Helmond", 6) with { OpensOn = new DateOnly(2025, 4, 1), GivesTransactions = false }])
            {
                PaidWork = 0.25, DropOut = 0.22, GrowthPerYear = 0.05, RevenuePerSquareMetre = 380,
            },
        ]),

        new("Kringloopcentrum Dé Schakel", ParticipantCodeStyle.FiveDigits, "",
        [
            new("ZWL", "Dé Schakel Zwolle", "Zwolle", 1900,
                [Shop(18), Sorting(12), Restaurant("CAFE", "Café De Koffiepot", 9) with { GivesTransactions = false },
                 Atelier("ATELIER", "Atelier Hergebruik", 7)])
            {
                PaidWork = 0.12, DropOut = 0.27, GrowthPerYear = 0.02, RevenuePerSquareMetre = 350, ClosedOnMonday = true,
                PriceLevel = 0.9,
            },
            new("KMP", "Dé Schakel Kampen", "Kampen", 700, [Shop(9), Sorting(6)])
            {
                PaidWork = 0.145, DropOut = 0.27, GrowthPerYear = 0.0, RevenuePerSquareMetre = 330, PriceLevel = 0.85,
            },
        ]) { RecordsLadder = false, NewcomerWeight = 0.8 },

        new("Kringloopbedrijf Ommeland", ParticipantCodeStyle.PrefixShortYearDashFourDigits, "OM",
        [
            new("GRN", "Ommeland Groningen", "Groningen", 2200,
                [Shop(20), Sorting(14), Bicycles("FIETS", "Fietsenwerkplaats Stadjer", 9) with { SalesLevel = 1.2 },
                 Furniture("MEUBEL", "Meubelmakerij Ommeland", 7), Electrics("ELEKTRA", "Elektra Werkplaats", 5)])
            {
                PaidWork = 0.20, DropOut = 0.15, GrowthPerYear = 0.07, RevenuePerSquareMetre = 400,
            },
            new("HGZ", "Ommeland Hoogezand", "Hoogezand", 482.5m, [Shop(7), Sorting(5)])
            {
                PaidWork = 0.15, DropOut = 0.24, GrowthPerYear = 0.01, RevenuePerSquareMetre = 340, ClosedOnMonday = true,
                WeighedShare = 0.5, PriceLevel = 0.85,
            },
        ]),

        new("Kringloop De Cirkel", ParticipantCodeStyle.PrefixDotFourDigits, "DC",
        [
            new("MDB", "De Cirkel Middelburg", "Middelburg", 1500,
                [Shop(15), Sorting(10), Restaurant("REST", "Restaurant Bij de Abdij", 10),
                 Atelier("ATELIER", "Atelier Zeeuwse Knoop", 6)])
            {
                PaidWork = 0.26, DropOut = 0.16, GrowthPerYear = 0.03, RevenuePerSquareMetre = 380,
            },
            new("GOE", "De Cirkel Goes", "Goes", 1200, [Shop(12), Sorting(9), Bicycles("FIETS", "Fietswerkplaats Goes", 7)])
            {
                PaidWork = 0.23, DropOut = 0.20, GrowthPerYear = 0.03, RevenuePerSquareMetre = 370,
            },
            new("VLS", "De Cirkel Vlissingen", "Vlissingen", 900, [Shop(10), Sorting(7), Delivery(5)])
            {
                PaidWork = 0.18, DropOut = 0.23, GrowthPerYear = -0.01, RevenuePerSquareMetre = 350, ClosedOnMonday = true,
            },
        ]) { NewcomerWeight = 0.8 },

        new("Stichting Weer Werk Kringloop", ParticipantCodeStyle.PrefixShortYearDashFourDigits, "WW",
        [
            new("ASN", "Weer Werk Amsterdam-Noord", "Amsterdam", 1700,
                [Shop(18), Restaurant("REST", "Café \"De Pont\"", 12) with { SalesLevel = 1.4, GivesItems = false },
                 Bicycles("FIETS", "Fietsenmakerij Noord", 9) with { SalesLevel = 1.3 },
                 Atelier("ATELIER", "Textielatelier Noord", 8), Sorting(12)])
            {
                PaidWork = 0.37, DropOut = 0.13, GrowthPerYear = 0.10, RevenuePerSquareMetre = 520, PriceLevel = 1.2,
            },
            new("ZDM", "Weer Werk Zaandam", "Zaandam", 1050, [Shop(12), Sorting(8), Electrics("ELEKTRA", "Repair Café Zaan", 6)])
            {
                PaidWork = 0.32, DropOut = 0.17, GrowthPerYear = 0.05, RevenuePerSquareMetre = 430, PriceLevel = 1.05,
            },
        ]) { NewcomerWeight = 1.6 },

        new("Stichting Kringloop Fryslân", ParticipantCodeStyle.PrefixFourDigits, "FRY",
        [
            new("LWD", "Kringloop Fryslân Leeuwarden", "Leeuwarden", 1300,
                [Shop(14), Sorting(9), Furniture("MEUBEL", "Meubelwerkplaats De Terp", 6), Delivery(5)])
            {
                PaidWork = 0.21, DropOut = 0.19, GrowthPerYear = 0.03, RevenuePerSquareMetre = 370,
            },
            new("SNK", "Kringloop Fryslân Snits", "Sneek", 650, [Shop(8)])
            {
                PaidWork = 0.16, DropOut = 0.22, GrowthPerYear = 0.02, RevenuePerSquareMetre = 350, WeighedShare = 0,
            },
        ]),

        // Added later, at the end so that the organisations above keep their random streams and thus their rows.
        new("Kringloop De Hanze", ParticipantCodeStyle.PrefixDashFiveDigits, "HZ",
        [
            new("DEV", "De Hanze Deventer", "Deventer", 1750,
                [Shop(18), Sorting(12), Restaurant("REST", "Lunchroom De Brink", 12),
                 Bicycles("FIETS", "Fietswerkplaats IJsselkade", 8), Atelier("ATELIER", "Naaiatelier Hanzedraad", 6)])
            {
                PaidWork = 0.29, DropOut = 0.17, GrowthPerYear = 0.04, RevenuePerSquareMetre = 410,
            },
            new("ZUT", "De Hanze Zutphen", "Zutphen", 800,
                [Shop(9), Sorting(6), Restaurant("KOFFIE", "Koffiehuis Het Tweede Bakje", 6) with { SalesLevel = 0.6, GivesTransactions = false }])
            {
                PaidWork = 0.24, DropOut = 0.20, GrowthPerYear = 0.02, RevenuePerSquareMetre = 360, ClosedOnMonday = true,
            },
        ]) { NewcomerWeight = 0.9 },

        new("Stichting Kringloop Achterhoek", ParticipantCodeStyle.PrefixFourDigits, "ACH",
        [
            new("DTC", "Kringloop Achterhoek Doetinchem", "Doetinchem", 1400,
                [Shop(15), Sorting(10), Restaurant("EETCAFE", "Eetcafé De Kringloper", 9) with { SalesLevel = 0.9 },
                 Bicycles("FIETS", "Fietsenmakerij Achterhoek", 7) with { SalesLevel = 1.1 }])
            {
                PaidWork = 0.18, DropOut = 0.22, GrowthPerYear = -0.03, RevenuePerSquareMetre = 340, PriceLevel = 0.9,
            },
        ]) { NewcomerWeight = 0.6 },

        new("Kringloopbedrijf Rivierenland", ParticipantCodeStyle.PrefixYearDashThreeDigits, "R",
        [
            new("TIE", "Rivierenland Tiel", "Tiel", 1250,
                [Shop(13), Sorting(9), Restaurant("REST", "Lunchroom De Betuwe", 8) with { OpensOn = new DateOnly(2024, 9, 1) },
                 Atelier("ATELIER", "Textielatelier De Waal", 6)])
            {
                PaidWork = 0.23, DropOut = 0.19, GrowthPerYear = 0.06, RevenuePerSquareMetre = 380,
            },
            new("CUL", "Rivierenland Culemborg", "Culemborg", 600, [Shop(7), Sorting(5), Bicycles("FIETS", "Fietspunt Culemborg", 5)])
            {
                PaidWork = 0.20, DropOut = 0.21, GrowthPerYear = 0.03, RevenuePerSquareMetre = 350, ClosedOnMonday = true,
            },
        ]),

        new("Stichting Westfries Goed", ParticipantCodeStyle.PrefixShortYearDashFourDigits, "WF",
        [
            new("HRN", "Westfries Goed Hoorn", "Hoorn", 1600,
                [Shop(16), Sorting(11), Restaurant("REST", "Restaurant Tweede Kans", 12) with { SalesLevel = 1.1 },
                 Bicycles("FIETS", "Fietswerkplaats West-Friesland", 8), Delivery(5)])
            {
                PaidWork = 0.35, DropOut = 0.12, GrowthPerYear = 0.06, RevenuePerSquareMetre = 440, PriceLevel = 1.05,
            },
            new("EKH", "Westfries Goed Enkhuizen", "Enkhuizen", 550, [Shop(7), Sorting(4)])
            {
                PaidWork = 0.27, DropOut = 0.16, GrowthPerYear = 0.01, RevenuePerSquareMetre = 360, ClosedOnMonday = true,
            },
        ]) { NewcomerWeight = 1.1 },

        new("Kringloopcentrum Drenthe", ParticipantCodeStyle.PrefixDotFourDigits, "KD",
        [
            new("ASE", "Kringloopcentrum Assen", "Assen", 1450,
                [Shop(15), Sorting(10), Restaurant("REST", "Eetcafé De Vaart", 8) with { SalesLevel = 0.85 },
                 Furniture("MEUBEL", "Meubelwerkplaats Drentsche Aa", 6)])
            {
                PaidWork = 0.13, DropOut = 0.26, GrowthPerYear = -0.04, RevenuePerSquareMetre = 330, PriceLevel = 0.85,
            },
            new("MPL", "Kringloopcentrum Meppel", "Meppel", 900, [Shop(10), Sorting(7), Bicycles("FIETS", "Fietswerkplaats Meppel", 6)])
            {
                PaidWork = 0.17, DropOut = 0.23, GrowthPerYear = 0.02, RevenuePerSquareMetre = 350,
            },
        ]) { RecordsLadder = false, NewcomerWeight = 0.7 },

        new("Stichting Kringloop Groene Hart", ParticipantCodeStyle.PrefixFourDigits, "GH",
        [
            new("GDA", "Kringloop Groene Hart Gouda", "Gouda", 1700,
                [Shop(17), Sorting(11), Restaurant("REST", "Restaurant Stroop & Co", 14) with { SalesLevel = 1.2 },
                 Bicycles("FIETS", "Fietsenmakerij De Spaak", 8) with { SalesLevel = 1.2 },
                 Atelier("ATELIER", "Naaiatelier De Zoom", 7)])
            {
                PaidWork = 0.31, DropOut = 0.15, GrowthPerYear = 0.08, RevenuePerSquareMetre = 450, PriceLevel = 1.1,
            },
            new("ALR", "Kringloop Groene Hart Alphen", "Alphen aan den Rijn", 1000,
                [Shop(11), Sorting(8), Restaurant("HORECA1", "Koffiecorner De Rijn", 6) with { SalesLevel = 0.7 }])
            {
                PaidWork = 0.26, DropOut = 0.18, GrowthPerYear = 0.12, RevenuePerSquareMetre = 390, PriceLevel = 1.05,
                OpensOn = new DateOnly(2023, 9, 1),
            },
        ]) { NewcomerWeight = 1.3 },

        new("Kringloop Maasland", ParticipantCodeStyle.PrefixDashFiveDigits, "MSL",
        [
            new("OSS", "Kringloop Maasland Oss", "Oss", 1300,
                [Shop(14), Sorting(9), Restaurant("REST", "Lunchroom De Stoof", 8),
                 Bicycles("FIETS", "Fietswerkplaats Maasland", 6) with { SalesLevel = 0.8, OpensOn = new DateOnly(2024, 2, 1) }])
            {
                PaidWork = 0.21, DropOut = 0.20, GrowthPerYear = 0.03, RevenuePerSquareMetre = 370,
            },
            new("UDN", "Kringloop Maasland Uden", "Uden", 750, [Shop(8), Sorting(5), Electrics("ELEKTRA", "Repairwerkplaats Uden", 4)])
            {
                PaidWork = 0.19, DropOut = 0.24, GrowthPerYear = -0.01, RevenuePerSquareMetre = 340, ClosedOnMonday = true,
            },
        ]) { NewcomerWeight = 0.9 },
    ];

    private static DemoPractice Shop(int capacity) => new("WINKEL", "Winkelvloer", Kind.Winkel, capacity);

    private static DemoPractice Sorting(int capacity) => new("SORT", "Sorteer- en logistiek centrum", Kind.Sortering, capacity);

    private static DemoPractice Delivery(int capacity) => new("BEZORG", "Ophaal- en bezorgdienst", Kind.Overig, capacity);

    private static DemoPractice Restaurant(string code, string name, int capacity) => new(code, name, Kind.Horeca, capacity);

    private static DemoPractice Bicycles(string code, string name, int capacity) => new(code, name, Kind.Fietsen, capacity);

    private static DemoPractice Atelier(string code, string name, int capacity) =>
        new(code, name, Kind.Textiel, capacity) { GivesTransactions = false, WeighsGoods = false };

    private static DemoPractice Furniture(string code, string name, int capacity) => new(code, name, Kind.Meubels, capacity);

    private static DemoPractice Electrics(string code, string name, int capacity) => new(code, name, Kind.Elektra, capacity);
}
