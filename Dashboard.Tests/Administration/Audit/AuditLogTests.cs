using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Administration.Audit;

/// <summary>The audit log on a real database file: what is written comes back newest first, filtered and paged, and cannot be changed.</summary>
public sealed class AuditLogTests : IDisposable
{
    private readonly TestInstallation _install = new();

    private AuditLog LogAt(int day, int hour = 12) => new(_install.Database, new FixedClock(new DateTimeOffset(2026, 11, day, hour, 0, 0, TimeSpan.Zero)));

    private AuditLog Log => LogAt(15);

    private void WriteExamples()
    {
        LogAt(10).Write("anna", AuditAction.Aanmelden, "met wachtwoord", "gelukt");
        LogAt(11).Write("bert", AuditAction.Export, "Overzicht · Excel · Kringloop Zwolle", "gelukt");
        LogAt(12).Write(null, AuditAction.AanmeldenMislukt, "onbekende gebruikersnaam 'x'", "geweigerd");
        LogAt(13).Write(AuditLog.Operator, AuditAction.Import, "winkels · winkels.csv", "gelukt: import 1, 7 rijen");
        LogAt(14).Write("Anna", AuditAction.Gebruiker, "gebruiker 'bert' uitgeschakeld", "gelukt");
    }

    private string[] Subjects(AuditQuery query) => Log.Read(query).Select(e => e.Subject).ToArray();

    [Fact]
    public void An_entry_comes_back_as_written_with_its_time()
    {
        LogAt(10, 9).Write("anna", AuditAction.Instellingen, "CO2 en gewichten", "opgeslagen");

        var entry = Assert.Single(Log.Read(new AuditQuery()));

        Assert.Equal(("anna", AuditAction.Instellingen, "CO2 en gewichten", "opgeslagen"), (entry.UserName, entry.Action, entry.Subject, entry.Outcome));
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), entry.At);
    }

    [Fact]
    public void A_line_keeps_at_most_a_thousand_characters_of_its_subject_and_outcome_however_long_they_were()
    {
        Log.Write("anna", AuditAction.Export, "/export/overzicht.csv?x=" + new string('a', 8_000), "geweigerd: " + new string('b', 5_000));

        var entry = Assert.Single(Log.Read(new AuditQuery()));

        Assert.Equal(AuditLog.TextLength, entry.Subject.Length);
        Assert.StartsWith("/export/overzicht.csv?x=aaa", entry.Subject, StringComparison.Ordinal);
        Assert.EndsWith("…", entry.Subject, StringComparison.Ordinal);
        Assert.Equal(AuditLog.TextLength, entry.Outcome.Length);
    }

    [Fact]
    public void Entries_come_newest_first_with_the_operator_and_an_anonymous_attempt_as_they_are()
    {
        WriteExamples();

        var entries = Log.Read(new AuditQuery());

        Assert.Equal(["Anna", AuditLog.Operator, null, "bert", "anna"], entries.Select(e => e.UserName));
        Assert.Equal(5, Log.Count(new AuditQuery()));
    }

    [Fact]
    public void Each_filter_narrows_the_entries_and_the_count_with_them()
    {
        WriteExamples();

        Assert.Equal(["gebruiker 'bert' uitgeschakeld", "met wachtwoord"], Subjects(new AuditQuery { UserName = " ANNA " }));
        Assert.Equal(["Overzicht · Excel · Kringloop Zwolle"], Subjects(new AuditQuery { Action = AuditAction.Export }));
        Assert.Equal(["winkels · winkels.csv", "onbekende gebruikersnaam 'x'", "Overzicht · Excel · Kringloop Zwolle"],
            Subjects(new AuditQuery { From = new DateOnly(2026, 11, 11), Through = new DateOnly(2026, 11, 13) }));
        Assert.Equal(["Overzicht · Excel · Kringloop Zwolle"], Subjects(new AuditQuery { Text = "ZWOLLE" }));
        Assert.Equal(["gebruiker 'bert' uitgeschakeld"], Subjects(new AuditQuery { Text = "bert" }));
        Assert.Equal(["winkels · winkels.csv"], Subjects(new AuditQuery { Text = "7 rijen" }));
        Assert.Equal(1, Log.Count(new AuditQuery { UserName = "anna", Action = AuditAction.Aanmelden }));
        Assert.Equal(0, Log.Count(new AuditQuery { From = new DateOnly(2026, 11, 15) }));
    }

    [Fact]
    public void Pages_follow_each_other_without_gaps_or_overlap()
    {
        for (var i = 1; i <= 7; i++)
        {
            Log.Write("anna", AuditAction.Export, $"export {i}", "gelukt");
        }

        var pages = Enumerable.Range(0, 3).Select(p => Subjects(new AuditQuery { Skip = p * 3, Take = 3 })).ToList();

        Assert.Equal(["export 7", "export 6", "export 5"], pages[0]);
        Assert.Equal(["export 4", "export 3", "export 2"], pages[1]);
        Assert.Equal(["export 1"], pages[2]);
        Assert.Equal(7, Log.Count(new AuditQuery { Skip = 3, Take = 3 }));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET outcome = 'geweigerd'", "Het auditlog kan niet worden gewijzigd.")]
    [InlineData("DELETE FROM audit_log", "Het auditlog kan niet worden gewist.")]
    public void The_database_refuses_to_change_or_delete_an_entry(string sql, string message)
    {
        WriteExamples();
        var before = _install.Lines("SELECT * FROM audit_log ORDER BY id");

        var refusal = Assert.Throws<SqliteException>(() => _install.Query<long>(sql));

        Assert.Contains(message, refusal.Message);
        Assert.Equal(before, _install.Lines("SELECT * FROM audit_log ORDER BY id"));
    }

    public void Dispose() => _install.Dispose();
}
