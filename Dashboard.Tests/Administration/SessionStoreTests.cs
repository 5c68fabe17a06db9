using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Administration;

/// <summary>Sessions on a real database of each provider and a clock the test moves: who they belong to, how they end, and what is stored.</summary>
public sealed class SessionStoreTests : IDisposable
{
    private readonly FixedClock _clock = new(2026, 11, 15);
    private TestInstallation _install = null!;
    private SessionStore _sessions = null!;
    private long _anna;
    private long _bert;

    /// <summary>The case's installation on <paramref name="provider"/>, with Anna and Bert (xUnit makes a new instance for every case).</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(_clock, provider);
        _sessions = new SessionStore(_install.Database, _clock);
        var users = new UserStore(_install.Database, _clock);
        _anna = users.Create(new UserDraft("anna", "Anna", Role.Beheerder, true, new HashSet<long>()), "hash", mustChangePassword: false);
        _bert = users.Create(new UserDraft("bert", "Bert", Role.Bestuur, true, new HashSet<long>()), "hash", mustChangePassword: false);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_session_is_its_users_until_it_is_ended(DatabaseProvider provider)
    {
        Install(provider);
        var session = _sessions.Start(_anna);

        Assert.True(_sessions.IsCurrent(session, _anna, used: true));
        Assert.False(_sessions.IsCurrent(session, _bert, used: true));
        Assert.False(_sessions.IsCurrent(session + "0", _anna, used: true));

        _sessions.End(session);

        Assert.False(_sessions.IsCurrent(session, _anna, used: true));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Overal_afmelden_ends_every_session_of_the_user_and_no_one_elses(DatabaseProvider provider)
    {
        Install(provider);
        var laptop = _sessions.Start(_anna);
        var phone = _sessions.Start(_anna);
        var bert = _sessions.Start(_bert);

        Assert.Equal(2, _sessions.EndAll(_anna));

        Assert.False(_sessions.IsCurrent(laptop, _anna, used: false));
        Assert.False(_sessions.IsCurrent(phone, _anna, used: false));
        Assert.True(_sessions.IsCurrent(bert, _bert, used: false));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_database_holds_only_a_hash_of_the_id_the_cookie_carries(DatabaseProvider provider)
    {
        Install(provider);
        var session = _sessions.Start(_anna);

        var stored = Assert.Single(_install.Lines("SELECT id_hash FROM sessions"));
        Assert.Equal(64, stored.Length);
        Assert.DoesNotContain(session, string.Join("\n", _install.Snapshot()), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Eight_hours_without_a_request_expire_a_session_and_requests_keep_it_alive(DatabaseProvider provider)
    {
        Install(provider);
        var used = _sessions.Start(_anna);
        var idle = _sessions.Start(_anna);

        for (var hour = 0; hour < 10; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            Assert.True(_sessions.IsCurrent(used, _anna, used: true));
        }

        Assert.False(_sessions.IsCurrent(idle, _anna, used: true));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_session_ends_a_week_after_its_login_however_often_it_is_used(DatabaseProvider provider)
    {
        Install(provider);
        var session = _sessions.Start(_anna);
        var answers = new List<bool>();

        for (var hours = 3; hours <= 8 * 24; hours += 3)
        {
            _clock.Advance(TimeSpan.FromHours(3));
            answers.Add(_sessions.IsCurrent(session, _anna, used: true));
        }

        Assert.Equal([.. Enumerable.Repeat(true, 7 * 24 / 3), .. Enumerable.Repeat(false, 24 / 3)], answers);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_open_page_checking_on_a_timer_does_not_keep_a_session_alive(DatabaseProvider provider)
    {
        Install(provider);
        var session = _sessions.Start(_anna);

        for (var check = 0; check < 17; check++)
        {
            _clock.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(check < 16, _sessions.IsCurrent(session, _anna, used: false));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_request_writes_its_time_at_most_once_a_minute(DatabaseProvider provider)
    {
        Install(provider);
        var session = _sessions.Start(_anna);
        var started = _install.Query<string>("SELECT last_seen_at FROM sessions");

        _clock.Advance(TimeSpan.FromSeconds(59));
        _sessions.IsCurrent(session, _anna, used: true);
        Assert.Equal(started, _install.Query<string>("SELECT last_seen_at FROM sessions"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        _sessions.IsCurrent(session, _anna, used: true);
        Assert.NotEqual(started, _install.Query<string>("SELECT last_seen_at FROM sessions"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Expired_sessions_are_cleared_when_the_next_one_starts(DatabaseProvider provider)
    {
        Install(provider);
        _sessions.Start(_anna);
        _sessions.Start(_bert);
        _clock.Advance(SessionStore.IdleTimeout + TimeSpan.FromSeconds(1));

        var fresh = _sessions.Start(_anna);

        Assert.Equal(1, _install.Count("sessions"));
        Assert.True(_sessions.IsCurrent(fresh, _anna, used: false));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_user_who_goes_takes_their_sessions_along(DatabaseProvider provider)
    {
        Install(provider);
        var demo = new UserStore(_install.Database, _clock)
            .Create(new UserDraft("demo-bestuur", "Demo", Role.Bestuur, true, new HashSet<long>()), "hash", mustChangePassword: false, isDemo: true);
        _sessions.Start(demo);

        new UserStore(_install.Database, _clock).RemoveDemoAccounts();

        Assert.Equal(0, _install.Count("sessions"));
    }

    public void Dispose() => _install?.Dispose();
}
