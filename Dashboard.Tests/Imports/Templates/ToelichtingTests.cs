using ClosedXML.Excel;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Templates;

namespace Dashboard.Tests.Imports.Templates;

/// <summary>The workbook's second sheet explains, in Dutch, every column and every value it takes.</summary>
public sealed class ToelichtingTests
{
    /// <summary>The code list behind each code column, as the import classes check them.</summary>
    private static CodeList? CodesOf(ImportKind kind, string column) => (kind, column) switch
    {
        (ImportKind.Winkels, "soort") => Codes.PracticeKinds,
        (ImportKind.Deelnemers, "doelgroep") => Codes.TargetGroups,
        (ImportKind.Deelnemers, "leeftijdsgroep") => Codes.AgeGroups,
        (ImportKind.Deelnemers, "regeling") => Codes.Schemes,
        (ImportKind.Deelnemers, "traject") => Codes.TrajectoryTypes,
        (ImportKind.Deelnemers, "uitstroom") => Codes.Outcomes,
        (ImportKind.Certificaten, "soort") => Codes.CertificateKinds,
        (ImportKind.Verkopen, "categorie") => Codes.SalesCategories,
        (ImportKind.Investeringen, "financier") => Codes.Funders,
        (ImportKind.Nametingen, "situatie") => Codes.FollowUpSituations,
        _ => null,
    };

    public static TheoryData<ImportKind> Kinds() => new(Enum.GetValues<ImportKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Lists_every_column_with_its_alias_whether_required_and_every_code_with_its_label(ImportKind kind)
    {
        var rows = Explanation(kind);

        var columns = ImportLayouts.Columns(kind);
        var columnRows = rows.Where(r => columns.Any(c => c.Name == r[0])).ToList();
        Assert.Equal(columns.Select(c => c.Name), columnRows.Select(r => r[0]));
        foreach (var column in columns)
        {
            var row = columnRows.Single(r => r[0] == column.Name);
            Assert.Equal(column.Alias, row[1]);
            Assert.Equal(column.Required ? "ja" : column.Name == "uitstroom" ? "alleen bij een einddatum" : "nee", row[2]);
            Assert.False(string.IsNullOrWhiteSpace(row[3]), $"{column.Name} has no meaning");

            var values = ValuesOf(rows, column.Name);
            if (CodesOf(kind, column.Name) is { } codes)
            {
                Assert.Equal(codes.Codes.Select(c => (c, CodeLabels.Label(codes, c))), values);
            }
            else if (column.Name.StartsWith("ladder_", StringComparison.Ordinal))
            {
                Assert.Equal(["1", "2", "3", "4", "5", "6"], values.Select(v => v.Value));
            }
            else
            {
                Assert.Empty(values);
            }
        }
    }

    [Fact]
    public void A_code_reads_with_its_Dutch_label()
    {
        var rows = Explanation(ImportKind.Deelnemers);

        Assert.Contains(("zonder_werk", "Lang zonder werk"), ValuesOf(rows, "doelgroep"));
        Assert.Contains(("betaald_werk_intern", "Betaald werk in de eigen organisatie"), ValuesOf(rows, "uitstroom"));
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers, "negen cijfers")]
    [InlineData(ImportKind.Deelnemers, "Uitstroom alleen bij een einddatum")]
    [InlineData(ImportKind.Certificaten, "negen cijfers")]
    [InlineData(ImportKind.Verkopen, "overlapt")]
    [InlineData(ImportKind.Winkels, "vervangen kan bij winkels niet")]
    [InlineData(ImportKind.Verkopen, "Dag eerst, zoals 31-12-2025")]
    [InlineData(ImportKind.Verkopen, "de komma het decimaalteken (12,50)")]
    [InlineData(ImportKind.Winkels, "burgerservicenummer")]
    [InlineData(ImportKind.Certificaten, "Alles of niets")]
    [InlineData(ImportKind.Investeringen, "voor elke combinatie van winkel en jaar")]
    [InlineData(ImportKind.Investeringen, "Leeg betekent overig")]
    [InlineData(ImportKind.Nametingen, "importeer dus eerst het deelnemersbestand")]
    [InlineData(ImportKind.Nametingen, "5 tot en met 8 maanden is de 6-maandsnameting, 11 tot en met 14 de 12-maandsnameting")]
    [InlineData(ImportKind.Nametingen, "twee in dezelfde periode: de laatste telt")]
    [InlineData(ImportKind.Nametingen, "opgeslagen nametingen van die winkels die niet in het bestand staan, verdwijnen")]
    [InlineData(ImportKind.Nametingen, "het traject van deelnemer VOORBEELD-001 dat begon op 1-5-2025")]
    public void States_the_rules_of_the_import(ImportKind kind, string rule)
    {
        var text = string.Join("\n", Explanation(kind).Select(r => string.Join(" ", r)));

        Assert.Contains(rule, text);
    }

    [Fact]
    public void Says_that_an_existing_practice_in_the_stores_template_is_stored_as_it_is()
    {
        var example = new TemplateExample(new DateOnly(2026, 11, 15),
            new ExamplePractice("Kringloop Zwolle", "ZWO", "Zwolle Noord", "Zwolle", 800m, "TEXT", "Textielatelier", "textiel"));

        var text = string.Join("\n", Explanation(ImportKind.Winkels, example).Select(r => r[0]));

        Assert.Contains("uw praktijk ZWO/TEXT zoals hij is opgeslagen", text);
        Assert.DoesNotContain("voorbeeldwinkel", text);
    }

    /// <summary>The values listed beside a column: from its row down to the next column's.</summary>
    private static List<(string Value, string Label)> ValuesOf(List<string[]> rows, string column)
    {
        var start = rows.FindIndex(r => r[0] == column);
        return rows.Skip(start)
            .TakeWhile((r, i) => i == 0 || r[0].Length == 0)
            .Where(r => r[4].Length > 0)
            .Select(r => (r[4], r[5]))
            .ToList();
    }

    /// <summary>The "Toelichting" sheet as rows of six texts, read back with ClosedXML.</summary>
    private static List<string[]> Explanation(ImportKind kind, TemplateExample? example = null)
    {
        var bytes = ImportTemplates.Bytes(kind, TemplateFormat.Xlsx, example ?? TemplateFile.EmptyInstallation);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(2, workbook.Worksheets.Count);
        var sheet = workbook.Worksheet("Toelichting");
        Assert.Equal(2, sheet.Position);
        return Enumerable.Range(1, sheet.LastRowUsed().RowNumber())
            .Select(r => Enumerable.Range(1, 6).Select(c => sheet.Cell(r, c).GetString()).ToArray())
            .ToList();
    }
}
