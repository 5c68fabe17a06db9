using System.Globalization;
using Dashboard.Data.Annotations;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Exports.Excel;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Exports.Reports;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Stories;

namespace Dashboard.Data.Exports;

/// <summary>
/// Renders every export — chart as PNG or SVG, figures as Excel or CSV, the factsheet as PDF, the funder report as Word or
/// PDF — for the download endpoints, the share links and the command line alike, so all give the same file for the same request.
/// </summary>
public sealed class Exporter(IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories, AnnotationStore annotations, StoryStore stories)
{
    public ExportFile Render(ExportRequest request, ExportFormat format, ChartSize? size = null, CsvDialect dialect = CsvDialect.DutchExcel)
    {
        Check(request, format);
        var culture = request.Culture;
        var name = $"impactdashboard-{request.View.ToString().ToLowerInvariant()}{(request.Chart is null ? "" : "-" + request.Chart)}-{request.ExportedOn:yyyy-MM-dd}";
        ExportDocument Document() => new ExportViews(indicators, targets, theories, annotations).Build(request);
        return format switch
        {
            ExportFormat.Docx => Report(request, ReportWord.Write, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            ExportFormat.Pdf when request.Report => Report(request, ReportPdf.Write, "application/pdf", "pdf"),
            ExportFormat.Pdf => Pdf(Factsheet(request), culture, name.Replace("impactdashboard-", "factsheet-") + ".pdf"),
            ExportFormat.Png => new ExportFile(ChartExport.Png(Document().Chart!, size ?? ChartSize.Screen, culture), "image/png",
                $"{name}-{(size ?? ChartSize.Screen).Name}.png"),
            ExportFormat.Svg => new ExportFile(System.Text.Encoding.UTF8.GetBytes(ChartExport.Svg(Document().Chart!, culture)), "image/svg+xml", name + ".svg"),
            ExportFormat.Xlsx => Xlsx(Document(), culture, name + ".xlsx"),
            ExportFormat.Csv => new ExportFile(CsvExport.Write(Document().Table, dialect), "text/csv; charset=utf-8", name + ".csv"),
        };
    }

    private static ExportFile Pdf(Factsheet factsheet, CultureInfo culture, string fileName) =>
        new(FactsheetPdf.Write(factsheet, ChartExport.Png(factsheet.Chart, ChartSize.Print, culture), culture), "application/pdf", fileName)
        {
            Title = factsheet.Title,
        };

    /// <summary>The funder report of the practice or organisation, written by <paramref name="write"/>; it names the stories it contains.</summary>
    private ExportFile Report(ExportRequest request, Func<FunderReport, byte[]> write, string contentType, string extension)
    {
        var builder = new FunderReportBuilder(indicators, targets, theories, annotations, stories);
        var report = request.View == ExportView.Overzicht
            ? builder.ForOrganisation(OverviewView.OrganisationOf(request.Filter, indicators.Snapshot)!.Value, request.Filter.Period, request.Culture, request.ExportedOn)
            : builder.ForPractice(request.Filter, request.Culture, request.ExportedOn);
        var fileName = $"rapport-{request.View.ToString().ToLowerInvariant()}-{request.ExportedOn:yyyy-MM-dd}.{extension}";
        return new ExportFile(write(report), contentType, fileName) { Title = report.Title, Stories = report.StoryIds };
    }

    private static ExportFile Xlsx(ExportDocument document, CultureInfo culture, string fileName) =>
        new(ExcelExport.Write(document, ChartExport.Png(document.Chart!, ChartSize.Screen, culture), ChartSize.Screen.Width, ChartSize.Screen.Height),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);

    private void Check(ExportRequest request, ExportFormat format)
    {
        if (request.Normalisation != Normalisation.None && request.View != ExportView.Vergelijken)
        {
            throw new ExportRefusedException("Omrekenen per deelnemer, uur of m² kan alleen bij vergelijken.");
        }
        if (request.Normalisation != Normalisation.None && !IndicatorCatalogue.Get(request.Indicator ?? IndicatorCode.P4R).CanBeNormalised)
        {
            throw new ExportRefusedException($"{request.Indicator ?? IndicatorCode.P4R} is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.");
        }
        if (request.View == ExportView.Praktijk && PracticeView.SubjectOf(request.Filter, indicators.Snapshot) is null)
        {
            throw new ExportRefusedException("Een goede praktijk is één praktijk of één soort praktijk: kies er één.");
        }
        if (request.View == ExportView.Sector && IndicatorCatalogue.Get(request.Indicator ?? IndicatorCode.P4R) is var indicator
            && !SectorComparisons.Offered.Contains(indicator))
        {
            throw new ExportRefusedException($"{indicator.Code} doet niet mee in de sectorvergelijking: maatschappelijk rendement van verschillende organisaties is niet vergelijkbaar.");
        }
        if (request.Report && format is not (ExportFormat.Docx or ExportFormat.Pdf))
        {
            throw new ExportRefusedException("Een rapport is er als Word (docx) of PDF.");
        }
        if (format == ExportFormat.Docx && !request.Report)
        {
            throw new ExportRefusedException("Word (docx) is er alleen voor het rapport.");
        }
        if (format is not (ExportFormat.Pdf or ExportFormat.Docx))
        {
            return;
        }
        var what = request.Report ? "Een rapport" : "Een factsheet";
        if (request.View == ExportView.Sector)
        {
            throw new ExportRefusedException($"{what} is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor de sectorvergelijking.");
        }
        if (request.View == ExportView.Vergelijken)
        {
            throw new ExportRefusedException($"{what} is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor vergelijken.");
        }
        if (request.View == ExportView.Overzicht && OverviewView.OrganisationOf(request.Filter, indicators.Snapshot) is null)
        {
            throw new ExportRefusedException($"{what} van het overzicht is er voor één organisatie: kies er één.");
        }
    }

    private Factsheet Factsheet(ExportRequest request) => request.View == ExportView.Overzicht
        ? FactsheetBuilder.ForOrganisation(indicators, targets, annotations.All(), OverviewView.OrganisationOf(request.Filter, indicators.Snapshot)!.Value, request.Filter.Period, request.Profile,
            request.Culture, request.ExportedOn)
        : FactsheetBuilder.ForPractice(indicators, targets, theories, request.Filter, request.Profile, request.Culture, request.ExportedOn);
}
