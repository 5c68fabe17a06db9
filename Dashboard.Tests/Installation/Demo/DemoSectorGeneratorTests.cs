using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.FollowUps;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Installation.Demo;

public sealed partial class DemoSectorGeneratorTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    [Fact]
    public void Writes_the_files_in_import_order_named_after_their_kind()
    {
        Assert.Equal(
            ["winkels.csv", "deelnemers.csv", "certificaten.xlsx", "verkopen-2023.csv", "verkopen-2024.csv", "verkopen-2025.csv", "verkopen-2026.csv", "investeringen.csv",
             "nametingen.csv"],
            demo.Paths.Select(Path.GetFileName));
        Assert.Equal(
            [ImportKind.Winkels, ImportKind.Deelnemers, ImportKind.Certificaten, ImportKind.Verkopen, ImportKind.Verkopen, ImportKind.Verkopen, ImportKind.Verkopen, ImportKind.Investeringen,
             ImportKind.Nametingen],
            DemoSeeder.FilesIn(Path.GetDirectoryName(demo.Paths[0])!).Select(f => f.Kind));
    }

    [Fact]
    public void Every_file_imports_without_a_single_problem()
    {
        Assert.Equal(demo.Paths.Count, demo.Imports.Count);
        foreach (var (path, outcome) in demo.Imports)
        {
            var report = string.Join("\n", outcome.Report.Lines());
            Assert.True(outcome.Succeeded, $"{Path.GetFileName(path)}:\n{report}");
            Assert.True(outcome.Report.Warnings.Count == 0, $"{Path.GetFileName(path)}:\n{report}");
        }
    }

    [Fact]
    public void The_sector_has_fifteen_demo_organisations_and_twenty_five_to_thirty_five_stores_of_believable_size()
    {
        Assert.Equal(15, Scalar<long>("SELECT COUNT(*) FROM organisations WHERE is_demo = 1"));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM organisations WHERE is_demo = 0"));
        var stores = Rows("SELECT code, floor_area_m2 FROM stores", r => (Code: r.GetString(0), Area: r.GetDouble(1)));
        Assert.InRange(stores.Count, 25, 35);
        Assert.All(stores, s => Assert.Matches("^[A-Z]{3}$", s.Code));
        Assert.All(stores, s => Assert.InRange(s.Area, 400, 3000));
        Assert.Contains(Rows("SELECT name FROM organisations", r => r.GetString(0)), name => name.Contains('é'));
    }

    [Fact]
    public void Every_practice_kind_occurs_and_at_least_three_stores_run_a_restaurant_a_bicycle_workshop_and_a_textile_atelier()
    {
        Assert.Equal(Codes.PracticeKinds.Codes.Order(), Rows("SELECT DISTINCT kind FROM practices", r => r.GetString(0)).Order());
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM stores s WHERE NOT EXISTS (SELECT 1 FROM practices p WHERE p.store_id = s.id AND p.kind = 'winkel')"));
        Assert.True(Scalar<long>("SELECT COUNT(DISTINCT store_id) FROM practices WHERE kind = 'sortering'") * 3 > Scalar<long>("SELECT COUNT(*) FROM stores") * 2,
            "most stores have a sorting centre");
        Assert.True(Scalar<long>(
            """
            SELECT COUNT(*) FROM (SELECT store_id FROM practices WHERE kind IN ('horeca', 'fietsen', 'textiel')
                                  GROUP BY store_id HAVING COUNT(DISTINCT kind) = 3)
            """) >= 3);
    }

    [Fact]
    public void At_least_twelve_organisations_run_a_restaurant_and_a_bicycle_workshop_so_the_sector_comparison_shows()
    {
        // A comparison needs at least 7 other organisations (docs/installatie-en-beheer.md#demosector).
        Assert.True(Scalar<long>("SELECT COUNT(DISTINCT s.organisation_id) FROM practices p JOIN stores s ON s.id = p.store_id WHERE p.kind = 'horeca'") >= 12);
        Assert.True(Scalar<long>("SELECT COUNT(DISTINCT s.organisation_id) FROM practices p JOIN stores s ON s.id = p.store_id WHERE p.kind = 'fietsen'") >= 12);
    }

    [Fact]
    public void Trajectories_certificates_and_sales_run_from_January_2023_through_October_2026()
    {
        var (first, last) = Rows(
            """
            SELECT MIN(day), MAX(day) FROM (
                SELECT start_date AS day FROM trajectories UNION ALL SELECT end_date FROM trajectories WHERE end_date IS NOT NULL
                UNION ALL SELECT certificate_date FROM certificates UNION ALL SELECT sale_date FROM sales)
            """, r => (IsoDate.Parse(r.GetString(0)), IsoDate.Parse(r.GetString(1)))).Single();
        Assert.InRange(first, new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 7));
        Assert.InRange(last, new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 31));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE end_date IS NULL") > 0, "some trajectories are still running");
    }

    [Fact]
    public void Outflow_to_paid_work_and_drop_out_differ_per_store_as_a_comparison_should_show()
    {
        var stores = Rows(
            """
            SELECT s.code, COUNT(*), SUM(t.outcome IN ('betaald_werk', 'betaald_werk_intern')), SUM(t.outcome = 'uitval')
            FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id
            WHERE t.end_date IS NOT NULL
            GROUP BY s.code
            """, r => (Code: r.GetString(0), PaidWork: (double)r.GetInt64(2) / r.GetInt64(1), DropOut: (double)r.GetInt64(3) / r.GetInt64(1)));
        var shares = string.Join(", ", stores.Select(s => $"{s.Code} {s.PaidWork:P0}/{s.DropOut:P0}"));
        Assert.All(stores, s => Assert.InRange(s.PaidWork, 0.07, 0.45));
        Assert.All(stores, s => Assert.InRange(s.DropOut, 0.07, 0.35));
        Assert.True(stores.Min(s => s.PaidWork) <= 0.13 && stores.Max(s => s.PaidWork) >= 0.35, $"paid work spans 10–40%: {shares}");
        Assert.True(stores.Min(s => s.DropOut) <= 0.13 && stores.Max(s => s.DropOut) >= 0.25, $"drop-out spans 10–30%: {shares}");
    }

    [Fact]
    public void Participants_come_from_every_target_group_age_group_scheme_and_trajectory_type()
    {
        Assert.Equal(Codes.TargetGroups.Codes.Order(), Distinct("target_group"));
        Assert.Equal(Codes.AgeGroups.Codes.Order(), Distinct("age_group"));
        Assert.Equal(Codes.Schemes.Codes.Order(), Distinct("scheme"));
        Assert.Equal(Codes.TrajectoryTypes.Codes.Order(), Distinct("trajectory_type"));
        Assert.Equal(Codes.Outcomes.Codes.Order(), Distinct("outcome"));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE age_group IS NULL") > 0, "some rows leave the age group empty");
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE scheme IS NULL") > 0, "some rows leave the scheme empty");
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE hours_per_week < 8 OR hours_per_week > 36"));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE trajectory_type = 'stage_bbl' AND target_group <> 'opleiding'"));
    }

    [Fact]
    public void Some_work_experience_places_lead_to_a_job_in_the_company()
    {
        Assert.True(Scalar<long>(
            """
            SELECT COUNT(*) FROM trajectories a JOIN trajectories b
                ON b.organisation_id = a.organisation_id AND b.participant = a.participant AND b.start_date > a.end_date
            WHERE a.trajectory_type = 'werkervaring' AND a.outcome = 'betaald_werk_intern' AND b.trajectory_type = 'dienstverband'
            """) >= 10);
    }

    [Fact]
    public void People_climb_the_participation_ladder_on_average_and_some_rows_leave_it_empty()
    {
        var (gain, notDown) = Rows(
            """
            SELECT AVG(ladder_end - ladder_start), AVG(ladder_end >= ladder_start)
            FROM trajectories WHERE ladder_start IS NOT NULL AND ladder_end IS NOT NULL
            """, r => (r.GetDouble(0), r.GetDouble(1))).Single();
        Assert.InRange(gain, 0.3, 2.0);
        Assert.True(notDown >= 0.85, $"{notDown:P0} of exits are at or above the intake step");
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM trajectories WHERE end_date IS NOT NULL AND ladder_end IS NULL") > 0);
    }

    [Fact]
    public void Certificates_are_earned_during_a_trajectory_at_the_same_practice_and_suit_it()
    {
        Assert.Equal(Codes.CertificateKinds.Codes.Order(), Rows("SELECT DISTINCT kind FROM certificates", r => r.GetString(0)).Order());
        Assert.Equal(0, Scalar<long>(
            """
            SELECT COUNT(*) FROM certificates c
            WHERE NOT EXISTS (SELECT 1 FROM trajectories t
                              WHERE t.organisation_id = c.organisation_id AND t.participant = c.participant AND t.practice_id = c.practice_id
                                AND c.certificate_date BETWEEN t.start_date AND COALESCE(t.end_date, '9999-12-31'))
            """));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM certificates WHERE name = ''") > 0, "some certificates have no name");
        Assert.Equal(0, Scalar<long>(
            "SELECT COUNT(*) FROM certificates c JOIN practices p ON p.id = c.practice_id WHERE c.name IN ('HACCP', 'SVH Sociale Hygiëne') AND p.kind <> 'horeca'"));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM certificates WHERE name = 'HACCP'") > 0);
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM certificates WHERE name = 'Fietstechniek'") > 0);
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM certificates WHERE name IN ('VCA', 'Heftruck')") > 0);
    }

    [Fact]
    public void Sales_have_refunds_and_rows_without_weight_and_food_is_never_weighed()
    {
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM sales WHERE revenue_cents < 0 AND items < 0") >= 100, "refund rows");
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM sales WHERE category <> 'horeca' AND weight_g IS NULL") > 0, "goods rows without weight");
        Assert.True(Scalar<double>("SELECT AVG(weight_g IS NOT NULL) FROM sales WHERE category <> 'horeca'") > 0.7, "most goods rows are weighed");
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM sales WHERE category = 'horeca' AND weight_g IS NOT NULL"));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM sales WHERE revenue_cents % 100 <> 0") > 0, "revenue comes with cents");
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM sales s JOIN practices p ON p.id = s.practice_id WHERE p.kind = 'winkel' AND s.revenue_cents > 0 AND s.transactions IS NULL"));
        Assert.True(Scalar<long>("SELECT COUNT(*) FROM sales s JOIN practices p ON p.id = s.practice_id WHERE p.kind <> 'winkel' AND s.transactions IS NULL") > 0,
            "not every practice counts receipts");
    }

    [Fact]
    public void Each_practice_sells_what_it_makes_and_sorting_sells_nothing()
    {
        var practices = Rows(
            "SELECT p.kind, s.category, COUNT(*) FROM sales s JOIN practices p ON p.id = s.practice_id GROUP BY p.kind, s.category",
            r => (Kind: r.GetString(0), Category: r.GetString(1)));
        Assert.Equal(["horeca"], practices.Where(p => p.Kind == "horeca").Select(p => p.Category));
        Assert.Equal(["fietsen"], practices.Where(p => p.Kind == "fietsen").Select(p => p.Category));
        Assert.Equal(["kleding_textiel"], practices.Where(p => p.Kind == "textiel").Select(p => p.Category));
        Assert.Equal(["meubels"], practices.Where(p => p.Kind == "meubels").Select(p => p.Category));
        Assert.Equal(["elektra"], practices.Where(p => p.Kind == "elektra").Select(p => p.Category));
        Assert.DoesNotContain(practices, p => p.Kind == "sortering");
        Assert.True(practices.Count(p => p.Kind == "winkel") >= 7, "the shop floor sells most goods categories");
        Assert.DoesNotContain(practices, p => p.Kind == "winkel" && p.Category == "horeca");
    }

    [Fact]
    public void Sales_follow_the_week_the_seasons_and_each_stores_trend()
    {
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM sales WHERE strftime('%w', sale_date) = '0'"));
        Assert.True(Scalar<long>("SELECT COUNT(DISTINCT practice_id) FROM sales WHERE strftime('%w', sale_date) = '1'")
                    < Scalar<long>("SELECT COUNT(DISTINCT practice_id) FROM sales"), "some stores are closed on Mondays");
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            Assert.True(MonthRevenue($"{year}-12") > MonthRevenue($"{year}-11") && MonthRevenue($"{year}-07") < MonthRevenue($"{year}-05"),
                $"{year}: December is the best month and summer dips");
            Assert.True(MonthRevenue($"{year}-05", "fietsen") > 1.5 * MonthRevenue($"{year}-01", "fietsen"), $"{year}: bicycles sell in spring");
        }
        var change = Rows(
            """
            SELECT s.code, SUM(CASE WHEN m.month LIKE '2025%' THEN m.revenue_cents END) * 1.0 / SUM(CASE WHEN m.month LIKE '2023%' THEN m.revenue_cents END)
            FROM sales_monthly m JOIN practices p ON p.id = m.practice_id JOIN stores s ON s.id = p.store_id
            GROUP BY s.code HAVING SUM(CASE WHEN m.month LIKE '2023%' THEN m.revenue_cents END) > 0
            """, r => r.GetDouble(1));
        Assert.Contains(change, c => c < 0.9);
        Assert.Contains(change, c => c > 1.1);
    }

    [Fact]
    public void Files_come_in_the_formats_Dutch_users_send()
    {
        var stores = File.ReadAllBytes(demo.Paths[0]);
        Assert.False(IsUtf8(stores), "winkels.csv is Windows-1252, as Dutch Excel saves it");
        var storeText = FileInspector.Windows1252.GetString(stores);
        Assert.StartsWith("organisatie;winkel;", storeText);
        Assert.Contains("Dé Schakel", storeText);
        Assert.Matches(@";\d\.\d{3}\r\n", storeText);
        Assert.Matches(@";\d{3},\d\r\n", storeText);

        var trajectories = File.ReadAllBytes(demo.Paths[1]);
        Assert.True(trajectories.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "deelnemers.csv is UTF-8 with BOM");
        Assert.Matches(@"^deelnemer,winkel,[^\r]*\r\n[^,]+,[A-Z]{3},[A-Z0-9]+,[a-z_]+,[^,]*,[^,]*,[a-z_]+,\d\d-\d\d-20\d\d,",
            Encoding.UTF8.GetString(trajectories.AsSpan(3)));

        using (var certificates = new XlsxRowSource(demo.Paths[2], ImportLimits.Default))
        {
            var date = certificates.Headers.ToList().IndexOf("datum");
            while (certificates.Read())
            {
                Assert.True(certificates[date].IsNumber, $"row {certificates.RowNumber} has a real date cell");
            }
        }

        var sales = SalesFiles(demo.Paths).Select(File.ReadAllText).ToList();
        Assert.Contains(sales, text => DayFirstSemicolonLine().IsMatch(text));
        Assert.Contains(sales, text => IsoCommaLine().IsMatch(text));
        Assert.Contains(sales, text => Regex.IsMatch(text, @";-?\d{1,3}\.\d{3},\d\d;"));
        foreach (var path in demo.Paths.Where(p => p.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Select((b, i) => b != '\n' || (i > 0 && bytes[i - 1] == '\r')).All(ok => ok), $"{Path.GetFileName(path)} ends its lines with CRLF");
        }
        Assert.InRange(demo.Paths.Sum(p => new FileInfo(p).Length), 5_000_000, 25_000_000);

        var investments = File.ReadAllBytes(DemoFile("investeringen.csv"));
        Assert.False(investments.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "investeringen.csv is saved by Dutch Excel, without a BOM");
        Assert.Matches(@"^winkel;praktijk;jaar;bedrag;financier;omschrijving\r\n[A-Z]{3};[A-Z0-9]+;20\d\d;\d{1,3}\.\d{3},\d\d;",
            FileInspector.Windows1252.GetString(investments));
    }

    private string DemoFile(string name) => demo.Paths.Single(p => Path.GetFileName(p) == name);

    private static IEnumerable<string> SalesFiles(IEnumerable<string> paths) =>
        paths.Where(p => Path.GetFileName(p).StartsWith("verkopen-", StringComparison.Ordinal));

    [Fact]
    public void Every_practice_has_investments_from_the_year_it_opened_larger_where_its_kind_costs_more_from_a_mix_of_funders()
    {
        // Each practice from the year it opened through 2026, the municipality every year.
        var gaps = Scalar<long>(
            """
            SELECT COUNT(*) FROM practices p
            WHERE (SELECT COUNT(DISTINCT year) FROM investments i WHERE i.practice_id = p.id AND i.funder = 'gemeente')
                  <> 2026 - (SELECT MIN(year) FROM investments i WHERE i.practice_id = p.id) + 1
               OR NOT EXISTS (SELECT 1 FROM investments i WHERE i.practice_id = p.id AND i.year = 2026)
            """);
        Assert.Equal(0, gaps);
        Assert.Equal(2023, Scalar<long>("SELECT MIN(year) FROM investments"));
        Assert.True(Scalar<long>("SELECT MIN(year) FROM investments i JOIN practices p ON p.id = i.practice_id JOIN stores s ON s.id = p.store_id WHERE s.code = 'AMF'") >= 2024,
            "nothing invested before Amersfoort opened");
        Assert.Equal(Codes.Funders.Codes.Order(), Rows("SELECT DISTINCT funder FROM investments", r => r.GetString(0)).Order());

        // A restaurant's kitchen and staff cost more than a textile atelier's sewing machines.
        var perPractice = Rows(
            """
            SELECT p.kind, SUM(i.amount_cents) / COUNT(DISTINCT p.id) FROM investments i JOIN practices p ON p.id = i.practice_id
            WHERE i.year = 2025 GROUP BY p.kind
            """, r => (Kind: r.GetString(0), Cents: r.GetInt64(1)))
            .ToDictionary(k => k.Kind, k => k.Cents);
        Assert.True(perPractice["horeca"] > 2 * perPractice["textiel"],
            $"a restaurant ({perPractice["horeca"] / 100} euro a year) costs over twice a textile atelier ({perPractice["textiel"] / 100} euro)");
        var totals = Rows("SELECT SUM(amount_cents) FROM investments WHERE year = 2025 GROUP BY practice_id, year", r => r.GetInt64(0) / 100);
        Assert.All(totals, euros => Assert.InRange(euros, 5_000, 120_000));
    }

    [Fact]
    public void Every_follow_up_names_an_ended_trajectory_of_a_leaver_for_work_or_education_called_after_its_end_and_by_the_last_day()
    {
        var bytes = File.ReadAllBytes(DemoFile("nametingen.csv"));
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), "nametingen.csv is UTF-8 with BOM, as deelnemers.csv");
        Assert.Matches(@"^deelnemer,winkel,praktijk,startdatum,meetdatum,situatie\r\n[^,]+,[A-Z]{3},[A-Z0-9]+,\d\d-\d\d-20\d\d,\d\d-\d\d-20\d\d,[a-z_]+\r\n",
            Encoding.UTF8.GetString(bytes.AsSpan(3)));

        var followUps = FollowUps();
        Assert.InRange(followUps.Count, 500, 5000);
        Assert.All(followUps, f =>
        {
            Assert.True(f.Trajectory is not null, $"{f.Key} names a trajectory of deelnemers.csv");
            Assert.True(f.Trajectory.End is not null, $"{f.Key} has ended");
            Assert.InRange(f.Date, f.Trajectory.End!.Value.AddDays(1), new DateOnly(2026, 10, 31));
            Assert.Contains(f.Trajectory.Outcome, new[] { "betaald_werk", "betaald_werk_intern", "opleiding" });
        });
        Assert.Equal(Codes.FollowUpSituations.Codes.Order(), followUps.Select(f => f.Situation).Distinct().Order());
        Assert.Equal(followUps.Count, followUps.DistinctBy(f => (f.Key, f.Date)).Count());
        Assert.True(followUps.Count(f => f.Trajectory!.Outcome == "opleiding") * 4 < followUps.Count, "most calls are to paid-work leavers");
        Assert.Contains(followUps, f => f.Trajectory!.Outcome == "opleiding");
    }

    [Fact]
    public void Most_paid_work_leavers_are_called_at_six_months_fewer_at_twelve_and_most_of_those_reached_still_work()
    {
        var followUps = FollowUps();
        var paidWork = new[] { "betaald_werk", "betaald_werk_intern" };
        var leavers = DemoTrajectories().Values.Where(t => t.End is not null && paidWork.Contains(t.Outcome)).ToList();
        var calls = followUps.ToLookup(f => (f.Key, Window: FollowUpMoment.WindowOf(f.Trajectory!.End!.Value, f.Date)));
        var last = new DateOnly(2026, 10, 31);

        // Over leavers whose window has closed by the last day: 8 whole months and 14 whole months after the end.
        var (sixMonths, twelveMonths) = (Window(FollowUpWindow.SixMonths, 9), Window(FollowUpWindow.TwelveMonths, 15));
        Assert.InRange(sixMonths.Called, 0.65, 0.80);
        Assert.InRange(sixMonths.Unreached, 0.05, 0.15);
        Assert.InRange(sixMonths.Working, 0.75, 0.85);
        Assert.InRange(twelveMonths.Called, 0.50, 0.65);
        Assert.InRange(twelveMonths.Working, 0.65, 0.78);

        // Organisations call more or less faithfully.
        var byOrganisation = leavers.Where(t => t.End!.Value.AddMonths(9) <= last).GroupBy(t => t.Organisation)
            .Where(g => g.Count() >= 20)
            .Select(g => g.Average(t => calls[(t.Key, FollowUpWindow.SixMonths)].Any() ? 1.0 : 0.0))
            .ToList();
        Assert.True(byOrganisation.Count >= 8 && byOrganisation.Max() - byOrganisation.Min() >= 0.15,
            $"organisations call 6 months after the end at: {string.Join(", ", byOrganisation.Select(p => p.ToString("P0", CultureInfo.InvariantCulture)))}");

        // Mostly 5–7 months, a few at 8; some tried twice in the window, a few called outside both windows.
        var months = followUps.Select(f => FollowUpMoment.MonthsAfter(f.Trajectory!.End!.Value, f.Date)).ToList();
        Assert.InRange(months.Count(m => m == 8) / (double)months.Count(m => m is >= 5 and <= 8), 0.02, 0.15);
        Assert.InRange(months.Count(m => FollowUpMoment.WindowOf(m) == FollowUpWindow.None) / (double)months.Count, 0.01, 0.06);
        var twice = calls.Where(c => c.Key.Window == FollowUpWindow.SixMonths && c.Count() == 2).ToList();
        Assert.InRange(twice.Count, 5, 100);
        Assert.All(twice, c => Assert.Equal("onbekend", c.MinBy(f => f.Date)!.Situation));
        Assert.DoesNotContain(calls, c => c.Key.Window != FollowUpWindow.None && c.Count() > 2);

        // Shares of the leavers that were called in the window (any call), and of the called whose last call in it
        // reached nobody, and of those reached whose last call found them in paid work.
        (double Called, double Unreached, double Working) Window(FollowUpWindow window, int closedAfterMonths)
        {
            var due = leavers.Where(t => t.End!.Value.AddMonths(closedAfterMonths) <= last).ToList();
            var latest = due.Select(t => calls[(t.Key, window)].MaxBy(f => f.Date)).OfType<FollowUp>().ToList();
            var reached = latest.Where(f => f.Situation != "onbekend").ToList();
            return ((double)latest.Count / due.Count, 1 - (double)reached.Count / latest.Count,
                reached.Count(f => paidWork.Contains(f.Situation)) / (double)reached.Count);
        }
    }

    [Fact]
    public void Another_seed_calls_other_people_and_the_same_seed_the_same()
    {
        using var folder = new TemporaryFolder();
        var followUps = DemoSectorGenerator.Write(folder.Sub("other"), seed: 7).Single(p => p.EndsWith("nametingen.csv", StringComparison.Ordinal));
        Assert.False(File.ReadAllBytes(followUps).AsSpan().SequenceEqual(File.ReadAllBytes(DemoFile("nametingen.csv"))));
        var again = DemoSectorGenerator.Write(folder.Sub("again"), seed: 7).Single(p => p.EndsWith("nametingen.csv", StringComparison.Ordinal));
        Assert.True(File.ReadAllBytes(followUps).AsSpan().SequenceEqual(File.ReadAllBytes(again)));
    }

    private sealed record Trajectory(string Key, string Organisation, DateOnly? End, string Outcome);

    private sealed record FollowUp(string Key, Trajectory? Trajectory, DateOnly Date, string Situation);

    /// <summary>The trajectories of deelnemers.csv by what names one: participant, store, practice and start date as written.</summary>
    private Dictionary<string, Trajectory> DemoTrajectories()
    {
        var organisations = Rows("SELECT s.code, o.name FROM stores s JOIN organisations o ON o.id = s.organisation_id", r => (Store: r.GetString(0), Name: r.GetString(1)))
            .ToDictionary(s => s.Store, s => s.Name);
        return CsvRows(DemoFile("deelnemers.csv")).ToDictionary(TrajectoryKey, row => new Trajectory(TrajectoryKey(row), organisations[row["winkel"]],
            row["einddatum"] is "" ? null : DemoDate(row["einddatum"]), row["uitstroom"]));
    }

    private List<FollowUp> FollowUps()
    {
        var trajectories = DemoTrajectories();
        return CsvRows(DemoFile("nametingen.csv"))
            .Select(row => new FollowUp(TrajectoryKey(row), trajectories.GetValueOrDefault(TrajectoryKey(row)), DemoDate(row["meetdatum"]), row["situatie"]))
            .ToList();
    }

    private static string TrajectoryKey(Dictionary<string, string> row) => $"{row["deelnemer"]}|{row["winkel"]}|{row["praktijk"]}|{row["startdatum"]}";

    private static DateOnly DemoDate(string text) => DateOnly.ParseExact(text, "dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> CsvRows(string path)
    {
        using var source = new CsvRowSource(path, Encoding.UTF8, ImportLimits.Default);
        var rows = new List<Dictionary<string, string>>();
        while (source.Read())
        {
            rows.Add(source.Headers.Select((header, i) => (header, i)).ToDictionary(c => c.header, c => c.i < source.FieldCount ? source[c.i].Text : ""));
        }
        return rows;
    }

    [Fact]
    public void No_participant_code_has_nine_digits()
    {
        var codes = ParticipantCodes(demo.Paths[1], demo.Paths[2]);
        Assert.True(codes.Count > 1000);
        Assert.DoesNotContain(codes, code => code.Count(char.IsAsciiDigit) == 9 && code.All(c => char.IsAsciiDigit(c) || c is '-' or '.' or ' '));
        Assert.True(codes.Select(c => Regex.Replace(c, @"\d", "9")).Distinct().Count() >= 6, "each organisation numbers in its own style");
    }

    [Fact]
    public void The_same_seed_writes_the_same_files()
    {
        using var folder = new TemporaryFolder();
        var first = InCulture("nl-NL", () => DemoSectorGenerator.Write(folder.Sub("first")));
        var second = InCulture("tr-TR", () => DemoSectorGenerator.Write(folder.Sub("second")));
        AssertSameFiles(first, second, "a second run on a machine with other regional settings");
    }

    [Fact]
    public void Scale_multiplies_organisations_stores_and_rows_with_unique_names()
    {
        using var folder = new TemporaryFolder();
        var paths = DemoSectorGenerator.Write(folder.Path, scale: 2);
        using var installation = new TestInstallation(new FixedClock(2026, 11, 15));
        var stores = installation.Import(ImportKind.Winkels, paths[0]);
        Assert.True(stores.Succeeded, string.Join("\n", stores.Report.Lines()));
        Assert.Equal(2 * demo.Installation.Count("organisations"), installation.Count("organisations"));
        Assert.Equal(2 * demo.Installation.Count("stores"), installation.Count("stores"));
        Assert.Equal(2 * demo.Installation.Count("practices"), installation.Count("practices"));
        var ratio = (double)new FileInfo(paths[1]).Length / new FileInfo(demo.Paths[1]).Length;
        Assert.InRange(ratio, 1.8, 2.2);
        ratio = (double)SalesFiles(paths).Sum(p => new FileInfo(p).Length) / SalesFiles(demo.Paths).Sum(p => new FileInfo(p).Length);
        Assert.InRange(ratio, 1.9, 2.1);
    }

    [Fact]
    public void Density_gives_every_store_more_sales_rows_and_people_while_its_revenue_and_outcomes_keep_their_story()
    {
        using var folder = new TemporaryFolder();
        DemoSectorGenerator.Write(folder.Path, density: new DemoDensity(TillReportsPerDay: 4, PlaceFactor: 5));
        using var dense = new TestInstallation(new FixedClock(2026, 11, 15));
        // Stores, people and one year of sales: enough to compare with the demo, and a test's worth of importing.
        var files = DemoSeeder.FilesIn(folder.Path).Where(f => f.Kind != ImportKind.Verkopen || f.Path.EndsWith("-2025.csv", StringComparison.Ordinal));
        foreach (var (kind, path) in files)
        {
            var outcome = dense.Import(kind, path);
            Assert.True(outcome.Succeeded && outcome.Report.Warnings.Count == 0,
                $"{Path.GetFileName(path)}:\n{string.Join("\n", outcome.Report.Lines())}");
        }

        Assert.Equal(demo.Installation.Count("stores"), dense.Count("stores"));
        Assert.Equal(demo.Installation.Count("practices"), dense.Count("practices"));
        Assert.InRange((double)dense.Count("trajectories") / demo.Installation.Count("trajectories"), 4.5, 5.5);
        Assert.InRange((double)dense.Count("certificates") / demo.Installation.Count("certificates"), 4.5, 5.5);
        const string rows2025 = "SELECT COUNT(*) FROM sales WHERE sale_date LIKE '2025%'";
        Assert.InRange((double)dense.Query<long>(rows2025) / demo.Installation.Query<long>(rows2025), 3.5, 4.2);

        const string revenue2025 =
            """
            SELECT s.code, SUM(m.revenue_cents) FROM sales_monthly m JOIN practices p ON p.id = m.practice_id JOIN stores s ON s.id = p.store_id
            WHERE m.month LIKE '2025%' GROUP BY s.code ORDER BY s.code
            """;
        var demoRevenue = demo.Installation.Rows(revenue2025, r => (Store: r.GetString(0), Cents: r.GetInt64(1)));
        var denseRevenue = dense.Rows(revenue2025, r => (Store: r.GetString(0), Cents: r.GetInt64(1)));
        Assert.Equal(demoRevenue.Select(r => r.Store), denseRevenue.Select(r => r.Store));
        Assert.All(demoRevenue.Zip(denseRevenue), pair => Assert.InRange((double)pair.Second.Cents / pair.First.Cents, 0.97, 1.03));

        var paidWork = dense.Rows(
            """
            SELECT AVG(t.outcome IN ('betaald_werk', 'betaald_werk_intern'))
            FROM trajectories t JOIN practices p ON p.id = t.practice_id WHERE t.end_date IS NOT NULL GROUP BY p.store_id
            """, r => r.GetDouble(0));
        Assert.True(paidWork.Min() <= 0.13 && paidWork.Max() >= 0.35,
            $"paid work still spans 10–40%: {string.Join(", ", paidWork.Select(p => p.ToString("P0", CultureInfo.InvariantCulture)))}");
    }

    /// <summary>
    /// seed-data/ is what a newcomer's first start imports. It must be exactly what the generator writes; after
    /// changing the generator, rewrite it with `dotnet run --project Dashboard -- demo --out seed-data`.
    /// </summary>
    [Fact]
    public void Committed_seed_data_matches_the_generator()
    {
        var seedData = Repository.SeedData;
        using var folder = new TemporaryFolder();
        var fresh = DemoSectorGenerator.Write(folder.Path);
        var committed = fresh.Select(p => Path.Combine(seedData, Path.GetFileName(p))).ToList();
        Assert.Equal(fresh.Select(Path.GetFileName).Order(),
            Directory.GetFiles(seedData).Select(Path.GetFileName).Where(n => n is not ".gitattributes").Order());
        AssertSameFiles(fresh, committed, "seed-data/ (regenerate it with: dotnet run --project Dashboard -- demo --out seed-data)");
    }

    private static void AssertSameFiles(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        Assert.Equal(expected.Select(Path.GetFileName), actual.Select(Path.GetFileName));
        foreach (var (e, a) in expected.Zip(actual))
        {
            if (e.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                Assert.True(CellValues(e).SequenceEqual(CellValues(a)), $"{Path.GetFileName(a)} in {what} has other cell values");
            }
            else
            {
                Assert.True(File.ReadAllBytes(e).AsSpan().SequenceEqual(File.ReadAllBytes(a)), $"{Path.GetFileName(a)} in {what} has other bytes");
            }
        }
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static List<string> CellValues(string path)
    {
        using var source = new XlsxRowSource(path, ImportLimits.Default);
        var rows = new List<string> { string.Join('|', source.Headers) };
        while (source.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, source.FieldCount).Select(i => (source[i].IsNumber ? "#" : "") + source[i].Text)));
        }
        return rows;
    }

    private static List<string> ParticipantCodes(string trajectoriesCsv, string certificatesXlsx)
    {
        var codes = File.ReadLines(trajectoriesCsv).Skip(1).Select(line => line[..line.IndexOf(',')]).ToList();
        using var certificates = new XlsxRowSource(certificatesXlsx, ImportLimits.Default);
        var column = certificates.Headers.ToList().IndexOf("deelnemer");
        while (certificates.Read())
        {
            codes.Add(certificates[column].Text);
        }
        return codes;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private double MonthRevenue(string month, string? category = null) => Scalar<double>(
        $"SELECT COALESCE(SUM(revenue_cents), 0) FROM sales_monthly WHERE month = '{month}'" + (category is null ? "" : $" AND category = '{category}'"));

    private IEnumerable<string> Distinct(string column) =>
        Rows($"SELECT DISTINCT {column} FROM trajectories WHERE {column} IS NOT NULL", r => r.GetString(0)).Order();

    private T Scalar<T>(string sql) => demo.Installation.Query<T>(sql);

    private List<T> Rows<T>(string sql, Func<DbDataReader, T> map)
    {
        using var connection = demo.Installation.Database.Open();
        return connection.Query(sql, map);
    }

    [GeneratedRegex(@"\r\n\d{1,2}-\d{1,2}-20\d\d;[A-Z]{3};")]
    private static partial Regex DayFirstSemicolonLine();

    [GeneratedRegex(@"\r\n20\d\d-\d\d-\d\d,[A-Z]{3},")]
    private static partial Regex IsoCommaLine();
}
