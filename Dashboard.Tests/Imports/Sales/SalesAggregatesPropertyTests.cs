using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dashboard.Tests.Imports.Sales;

/// <summary>
/// Issue 9: whatever sequence of sales imports, replaces, undos, repeated files and setting changes an administrator
/// makes, the aggregates give the figures the raw rows give. Each run plays a random sequence on a real database
/// and, after every step, checks (1) the stored rows against a model of docs/importbestanden.md#verkopen, (2) sales_monthly against the raw
/// rows and (3) the figures of <see cref="IndicatorService"/> (E1, E3, M1–M3, exact) against the docs/indicatoren.md#geld and docs/indicatoren.md#milieu
/// applied here to the raw rows and the stored category settings — for whole months, a calendar month and a custom
/// period that cuts months in two. A failure names the seed and the steps; set SALES_PROPERTY_SEED to replay one run.
/// </summary>
public sealed class SalesAggregatesPropertyTests(ITestOutputHelper output)
{
    private const int BaseSeed = 2025_09_01;

    /// <summary>
    /// Runs per provider. On PostgreSQL each run costs a database of its own (created, migrated and dropped: about a
    /// second), so it plays the first 20 of the same seeds; they too reach every rule the generator must reach.
    /// </summary>
    private static int Runs(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? 60 : 20;

    private static readonly DateOnly WindowStart = new(2025, 1, 1);
    private static readonly DateOnly WindowEnd = new(2025, 5, 31);
    private static readonly string[] Pairs = ["AAN/WINKEL", "AAN/REST", "ZWO/TEXT"];
    private static readonly string[] Categories =
        ["kleding_textiel", "meubels", "fietsen", "elektra", "boeken_media", "huisraad", "speelgoed", "horeca", "overig"];

    private const string StoredSales =
        "SELECT batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions FROM sales";
    private const string StoredReplaced =
        "SELECT replaced_by_batch_id, batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions FROM replaced_sales";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Aggregates_give_the_figures_of_the_raw_rows_after_any_sequence_of_imports_replaces_and_undos(DatabaseProvider provider)
    {
        var runs = Runs(provider);
        var seeds = Environment.GetEnvironmentVariable("SALES_PROPERTY_SEED") is { Length: > 0 } replay
            ? [int.Parse(replay, CultureInfo.InvariantCulture)]
            : Enumerable.Range(BaseSeed, runs).ToArray();
        var seen = new Dictionary<string, int>();
        foreach (var seed in seeds)
        {
            var run = new Run(seed, provider);
            try
            {
                run.Play();
            }
            catch (Exception e)
            {
                throw new XunitException(
                    $"Seed {seed} failed on {provider} at step {run.Steps.Count} (replay: SALES_PROPERTY_SEED={seed}). Steps:\n  " +
                    string.Join("\n  ", run.Steps), e);
            }
            finally
            {
                run.Dispose();
            }
            foreach (var (what, count) in run.Seen)
            {
                seen[what] = seen.GetValueOrDefault(what) + count;
            }
        }
        output.WriteLine($"{provider}: {seeds.Length} runs from seed {seeds[0]}: " + string.Join(", ", seen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));

        // The generator must reach every rule, or the property proves less than it claims.
        if (seeds.Length == runs)
        {
            string[] expected =
            [
                "import", "import refused: overlap", "replace", "replace that moved rows", "re-import refused: already imported",
                "undo", "undo that restored rows", "undo refused: later overlap", "undo refused: already undone", "setting changed",
            ];
            Assert.All(expected, what => Assert.True(seen.GetValueOrDefault(what) > 0, $"no '{what}' in {runs} runs"));
        }
    }

    private sealed record Sale(long Batch, long Practice, DateOnly Date, string Category, long Cents, long? Items, long? Grams, long? Transactions)
    {
        public string Line => string.Join("|", Batch, Practice, Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Category, Cents,
            Show(Items), Show(Grams), Show(Transactions));

        private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "∅";
    }

    private sealed class Batch(long id, string content, Dictionary<long, (DateOnly First, DateOnly Last)> ranges)
    {
        public long Id { get; } = id;
        public string Content { get; } = content;
        public Dictionary<long, (DateOnly First, DateOnly Last)> Ranges { get; } = ranges;
        public List<Sale> Replaced { get; } = [];
        public bool Undone { get; set; }
    }

    /// <summary>One random sequence on its own installation, with the model of what docs/importbestanden.md#verkopen says the store holds.</summary>
    private sealed class Run : IDisposable
    {
        private readonly Random _random;
        private readonly TestInstallation _install;
        private readonly SettingsStore _settings;
        private readonly IndicatorService _service;
        private readonly IReadOnlyList<PracticeInfo> _practices;
        private readonly List<Sale> _live = [];
        private readonly List<Batch> _batches = [];
        private int _files;

        public Run(int seed, DatabaseProvider provider)
        {
            _random = new Random(seed);
            _install = new TestInstallation(provider: provider).WithStandardStores();
            _settings = new SettingsStore(_install.Database);
            _service = new IndicatorService(new SnapshotCache(_install.Database), _settings);
            _practices = _service.Snapshot.Practices;
        }

        public List<string> Steps { get; } = [];
        public Dictionary<string, int> Seen { get; } = [];

        public void Play()
        {
            var pairs = _random.Next(2) == 0 ? Pairs : Pairs.OrderBy(_ => _random.Next()).Take(2).ToArray();
            var length = _random.Next(5, 16);
            var settingAt = _random.Next(1, length);
            for (var step = 0; step < length; step++)
            {
                var live = _batches.Where(b => !b.Undone).ToList();
                var dice = _random.Next(100);
                if (step == settingAt)
                {
                    ChangeSetting();
                }
                else if (step == 0 || live.Count == 0 || dice < 30)
                {
                    Import(NewFile(pairs), replace: _random.Next(5) == 0, "import");
                }
                else if (dice < 55)
                {
                    Import(OverlappingFile(pairs, live[_random.Next(live.Count)]), replace: true, "replace");
                }
                else if (dice < 80)
                {
                    var batch = _random.Next(2) == 0 ? live[^1] : _batches[_random.Next(_batches.Count)];
                    Undo(batch);
                }
                else if (dice < 92)
                {
                    var earlier = _random.Next(5) > 0 ? live[_random.Next(live.Count)] : _batches[_random.Next(_batches.Count)];
                    Import(earlier.Content, replace: _random.Next(2) == 0, "re-import");
                }
                else
                {
                    ChangeSetting();
                }
                AssertStoreMatchesModel();
                SalesMonthlyCheck.AssertMatchesSales(_install);
                AssertFiguresMatchRawRows();
            }
        }

        private long PracticeId(string path) => _practices.Single(p => p.Path == path).Id;

        private void Count(string what) => Seen[what] = Seen.GetValueOrDefault(what) + 1;

        // ---- generating files ----

        private DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

        private static DateOnly Clamp(DateOnly day) => day < WindowStart ? WindowStart : day > WindowEnd ? WindowEnd : day;

        /// <summary>A file of one or two pairs, each over a random range of up to ~6 weeks in the window.</summary>
        private string NewFile(string[] pairs)
        {
            var ranges = pairs.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Select(pair =>
            {
                var first = Day(WindowStart, WindowEnd);
                return (pair, first, Clamp(first.AddDays(_random.Next(45))));
            });
            return File(ranges);
        }

        /// <summary>A file whose first pair overlaps a stored batch's range (and may reach beyond it); sometimes a second pair.</summary>
        private string OverlappingFile(string[] pairs, Batch target)
        {
            var (practice, (first, last)) = target.Ranges.ElementAt(_random.Next(target.Ranges.Count));
            var path = _practices.Single(p => p.Id == practice).Path;
            var start = Clamp(Day(first, last).AddDays(-_random.Next(15)));
            var end = Clamp(Day(first > start ? first : start, last).AddDays(_random.Next(15)));
            var ranges = new List<(string, DateOnly, DateOnly)> { (path, start, end) };
            if (_random.Next(3) == 0 && pairs.FirstOrDefault(p => p != path) is { } other)
            {
                var otherFirst = Day(WindowStart, WindowEnd);
                ranges.Add((other, otherFirst, Clamp(otherFirst.AddDays(_random.Next(20)))));
            }
            return File(ranges);
        }

        /// <summary>
        /// Rows on the first and last day and on about half the days between: refunds, rows without items, weight or
        /// receipts, every category (horeca included). Amounts are whole cents and grams, so the model is exact.
        /// </summary>
        private string File(IEnumerable<(string Pair, DateOnly First, DateOnly Last)> ranges)
        {
            var rows = new List<SaleRow>();
            foreach (var (pair, first, last) in ranges)
            {
                var (store, practice) = (pair.Split('/')[0], pair.Split('/')[1]);
                for (var day = first; day <= last; day = day.AddDays(1))
                {
                    var count = day == first || day == last ? _random.Next(1, 4) : _random.Next(2) * _random.Next(1, 4);
                    for (var i = 0; i < count; i++)
                    {
                        rows.Add(RandomRow(store, practice, day));
                    }
                }
            }
            // Order does not matter to a sales file; shuffling shows the range is first-to-last date, not first-to-last row.
            return SaleRow.File(rows.OrderBy(_ => _random.Next()));
        }

        private SaleRow RandomRow(string store, string practice, DateOnly day)
        {
            var refund = _random.Next(6) == 0;
            var sign = refund ? -1 : 1;
            long cents = sign * _random.Next(0, 100_000);
            long? items = _random.Next(4) == 0 ? null : sign * _random.Next(1, 15);
            long? grams = _random.Next(5) < 2 ? null : sign * _random.Next(1, 40_000);
            long? transactions = refund || _random.Next(3) == 0 ? null : _random.Next(1, 10);
            return new SaleRow
            {
                Date = day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
                Store = store,
                Practice = practice,
                Category = Categories[_random.Next(Categories.Length)],
                Revenue = Decimal(cents, 100),
                Items = items?.ToString(CultureInfo.InvariantCulture) ?? "",
                Weight = grams is { } g ? Decimal(g, 1000) : "",
                Transactions = transactions?.ToString(CultureInfo.InvariantCulture) ?? "",
            };
        }

        /// <summary>A whole number of hundredths or thousandths written with a decimal comma, as in a ';' file: -1234 / 100 → "-12,34".</summary>
        private static string Decimal(long value, int unit)
        {
            var digits = unit == 100 ? 2 : 3;
            var text = (Math.Abs(value) / (decimal)unit).ToString("F" + digits, CultureInfo.InvariantCulture).Replace('.', ',');
            return (value < 0 ? "-" : "") + text;
        }

        /// <summary>The rows the file holds, read back from its text with the test's own parsing.</summary>
        private List<Sale> Parse(string content, long batch) =>
        [
            .. content.Split('\n').Skip(1).Select(line => line.Split(';')).Select(f => new Sale(
                batch,
                PracticeId($"{f[1]}/{f[2]}"),
                DateOnly.ParseExact(f[0], "dd-MM-yyyy", CultureInfo.InvariantCulture),
                f[3],
                Whole(f[4], 100)!.Value,
                f[5] == "" ? null : long.Parse(f[5], CultureInfo.InvariantCulture),
                Whole(f[6], 1000),
                f[7] == "" ? null : long.Parse(f[7], CultureInfo.InvariantCulture))),
        ];

        private static long? Whole(string text, int unit) =>
            text == "" ? null : (long)(decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture) * unit);

        // ---- operations, each against the model ----

        private void Import(string content, bool replace, string kind)
        {
            var name = $"verkopen-{++_files}.csv";
            var rows = Parse(content, 0);
            var ranges = rows.GroupBy(r => r.Practice).ToDictionary(g => g.Key, g => (First: g.Min(r => r.Date), Last: g.Max(r => r.Date)));
            var describe = string.Join(", ", ranges.Select(p => $"{_practices.Single(x => x.Id == p.Key).Path} {p.Value.First:yyyy-MM-dd}..{p.Value.Last:yyyy-MM-dd}"));
            Steps.Add($"{kind} {name}{(replace ? " with replace" : "")}: {rows.Count} rows, {describe}");

            var before = _install.Snapshot();
            var outcome = _install.Import(ImportKind.Verkopen, name, content, replace);

            if (_batches.Any(b => !b.Undone && b.Content == content))
            {
                Steps[^1] += " → refused: already imported";
                Assert.Equal(ImportProblem.AlreadyImported, ImportAssert.RefusedFor(outcome).Kind);
                Assert.Equal(before, _install.Snapshot());
                Count($"{kind} refused: already imported");
                return;
            }
            var overlapping = ranges.Where(p => _live.Any(s => s.Practice == p.Key && s.Date >= p.Value.First && s.Date <= p.Value.Last)).ToList();
            if (!replace && overlapping.Count > 0)
            {
                Steps[^1] += " → refused: overlap";
                var problems = ImportAssert.Refused(outcome);
                Assert.All(problems, p => Assert.Equal(ImportProblem.OverlapsStoredSales, p.Kind));
                Assert.Equal(overlapping.Count, problems.Count);
                Assert.Equal(before, _install.Snapshot());
                Count($"{kind} refused: overlap");
                return;
            }

            Steps[^1] += " → accepted";
            var id = ImportAssert.Succeeded(outcome).BatchId!.Value;
            var batch = new Batch(id, content, ranges);
            foreach (var (practice, (first, last)) in ranges)
            {
                var moved = _live.Where(s => s.Practice == practice && s.Date >= first && s.Date <= last).ToList();
                batch.Replaced.AddRange(moved);
                _live.RemoveAll(moved.Contains);
            }
            _live.AddRange(Parse(content, id));
            _batches.Add(batch);
            Steps[^1] += $" as import {id}, {batch.Replaced.Count} rows replaced";
            Assert.Equal(batch.Replaced.Count, outcome.Summary!.Removed);
            Count(kind);
            if (batch.Replaced.Count > 0)
            {
                Count($"{kind} that moved rows");
            }
        }

        private void Undo(Batch batch)
        {
            Steps.Add($"undo {batch.Id}");
            var before = _install.Snapshot();
            var outcome = _install.Undo.Undo(batch.Id);

            var later = _batches.Where(b => b.Id > batch.Id && !b.Undone && b.Ranges.Any(r =>
                batch.Ranges.TryGetValue(r.Key, out var mine) && r.Value.First <= mine.Last && r.Value.Last >= mine.First)).ToList();
            if (batch.Undone || later.Count > 0)
            {
                var reason = batch.Undone ? "already undone" : "later overlap";
                Steps[^1] += $" → refused: {reason}";
                Assert.False(outcome.Succeeded, outcome.Message);
                Assert.Contains(batch.Undone ? "is al ongedaan gemaakt" : "een latere import overlapt hem", outcome.Message);
                Assert.Equal(before, _install.Snapshot());
                Count($"undo refused: {reason}");
                return;
            }

            var removed = _live.RemoveAll(s => s.Batch == batch.Id);
            _live.AddRange(batch.Replaced);
            Steps[^1] += $" → {removed} rows removed, {batch.Replaced.Count} restored";
            Assert.True(outcome.Succeeded, outcome.Message);
            Assert.Equal((removed, batch.Replaced.Count), (outcome.RowsRemoved, outcome.RowsRestored));
            Count("undo");
            if (batch.Replaced.Count > 0)
            {
                Count("undo that restored rows");
            }
            batch.Replaced.Clear();
            batch.Undone = true;
        }

        private void ChangeSetting()
        {
            var category = Categories.Where(c => c != "horeca").ElementAt(_random.Next(Categories.Length - 1));
            var co2 = _random.Next(0, 400) / 100m;
            var weight = _random.Next(1, 5000) / 100m;
            _settings.SaveCategories([new CategorySetting(category, co2, "proef", weight, "proef")]);
            Steps.Add($"setting {category}: CO2 factor {co2}, average weight {weight} kg");
            Count("setting changed");
        }

        // ---- the checks after every step ----

        private void AssertStoreMatchesModel()
        {
            Assert.Equal(_live.Select(s => s.Line).Order(StringComparer.Ordinal), _install.Lines(StoredSales).Order(StringComparer.Ordinal));
            var replaced = _batches.SelectMany(b => b.Replaced.Select(s => $"{b.Id}|{s.Line}"));
            Assert.Equal(replaced.Order(StringComparer.Ordinal), _install.Lines(StoredReplaced).Order(StringComparer.Ordinal));
        }

        /// <summary>
        /// The engine's figures for a year (whole months from sales_monthly), a calendar month, and a custom period whose
        /// ends cut months (summed from raw rows there), each for a filter; with a practice and a time breakdown.
        /// </summary>
        private void AssertFiguresMatchRawRows()
        {
            var raw = _install.Rows(StoredSales, r => new Sale(r.GetInt64(0), r.GetInt64(1), DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetString(3), r.GetInt64(4), r.IsDBNull(5) ? null : r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetInt64(7)));
            var settings = _install.Rows("SELECT category, avg_weight_kg, co2_factor FROM category_settings",
                r => (Category: r.GetString(0), Weight: (decimal)r.GetDouble(1), Co2: (decimal)r.GetDouble(2))).ToDictionary(s => s.Category);

            var from = Day(WindowStart, WindowEnd);
            var custom = new Period(from, Day(from, WindowEnd));
            var month = Period.Month(2025, _random.Next(1, 6));
            var chosen = Filter(custom);

            Check(new IndicatorFilter(Period.Year(2025)), _practices.Select(p => p.Id).ToHashSet(), Dimension.Practice);
            Check(chosen.Filter, chosen.Scope, _random.Next(2) == 0 ? Dimension.Month : Dimension.Quarter);
            Check(chosen.Filter with { Period = month }, chosen.Scope, null);

            void Check(IndicatorFilter filter, HashSet<long> scope, Dimension? breakdown)
            {
                var table = _service.Calculate(filter, breakdown, ViewerProfile.Exact);
                Same(Expected(raw, settings, scope, filter.Period), Actual(table.Total), $"filter {filter.Key}, total");
                foreach (var group in table.Groups)
                {
                    var groupScope = breakdown == Dimension.Practice ? [_practices.Single(p => p.Path == group.Key).Id] : scope;
                    Same(Expected(raw, settings, groupScope, group.Period), Actual(group), $"filter {filter.Key}, {breakdown} group {group.Key}");
                }
            }
        }

        private static void Same(string expected, string actual, string where)
        {
            if (expected != actual)
            {
                throw new XunitException($"Figures differ for {where}\n  raw rows:   {expected}\n  engine:     {actual}");
            }
        }

        /// <summary>All practices, one store, one practice kind or one practice; with the practices the test expects in scope.</summary>
        private (IndicatorFilter Filter, HashSet<long> Scope) Filter(Period period)
        {
            var pick = _practices[_random.Next(_practices.Count)];
            return _random.Next(4) switch
            {
                0 => (new IndicatorFilter(period), _practices.Select(p => p.Id).ToHashSet()),
                1 => (new IndicatorFilter(period) { Stores = new HashSet<long> { pick.StoreId } }, _practices.Where(p => p.StoreId == pick.StoreId).Select(p => p.Id).ToHashSet()),
                2 => (new IndicatorFilter(period) { PracticeKinds = new HashSet<string> { pick.Kind } }, _practices.Where(p => p.Kind == pick.Kind).Select(p => p.Id).ToHashSet()),
                _ => (new IndicatorFilter(period) { Practices = new HashSet<long> { pick.Id } }, [pick.Id]),
            };
        }

        /// <summary>docs/indicatoren.md#geld and docs/indicatoren.md#milieu straight from the raw rows: E1, E3 (none without receipts), M1, M2, M3 and the source rows.</summary>
        private static string Expected(List<Sale> raw, Dictionary<string, (string Category, decimal Weight, decimal Co2)> settings,
            HashSet<long> scope, Period period)
        {
            var rows = raw.Where(s => scope.Contains(s.Practice) && period.Contains(s.Date)).ToList();
            var goods = rows.Where(s => s.Category != "horeca").ToList();
            decimal Kg(Sale s) => s.Grams is { } g ? g / 1000m : (s.Items ?? 0) * settings[s.Category].Weight;
            var withReceipts = rows.Where(s => s.Transactions is not null).ToList();
            var transactions = withReceipts.Sum(s => s.Transactions!.Value);
            return Figures(
                rows.Sum(s => s.Cents) / 100m,
                transactions == 0 ? null : withReceipts.Sum(s => s.Cents) / 100m / transactions,
                goods.Sum(s => s.Items ?? 0),
                goods.Sum(Kg),
                goods.Sum(s => Kg(s) * settings[s.Category].Co2),
                rows.Count);
        }

        private static string Actual(IndicatorGroup group) => Figures(
            group[IndicatorCode.E1].Value, group[IndicatorCode.E3].Value, group[IndicatorCode.M1].Value,
            group[IndicatorCode.M2].Value, group[IndicatorCode.M3].Value, group[IndicatorCode.E1].SourceRows);

        /// <summary>One line to compare, so a failure shows every figure; E3 is a quotient, compared to 12 decimals.</summary>
        private static string Figures(decimal? e1, decimal? e3, decimal? m1, decimal? m2, decimal? m3, long? rows)
        {
            static string Show(decimal? value, int decimals = 28) =>
                value is { } v ? Math.Round(v, decimals).ToString("0.############################", CultureInfo.InvariantCulture) : "geen gegevens";
            return $"E1 {Show(e1)} · E3 {Show(e3, 12)} · M1 {Show(m1)} · M2 {Show(m2)} · M3 {Show(m3)} · {rows} rows";
        }

        public void Dispose() => _install.Dispose();
    }
}
