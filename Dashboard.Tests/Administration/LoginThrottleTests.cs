using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Administration;

/// <summary>
/// The waits after failed logins, on a real database of each provider and a clock the test moves: a few tries free, then
/// doubling waits per name and address, a ceiling per name over every address but those the name logged in from, and all
/// of it kept across a restart.
/// </summary>
public sealed class LoginThrottleTests : IDisposable
{
    private const string Home = "192.0.2.10";

    private readonly FixedClock _clock = new(2026, 11, 15);
    private TestInstallation _install = null!;
    private LoginThrottle _throttle = null!;

    /// <summary>The case's installation on <paramref name="provider"/> (xUnit makes a new instance for every case).</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(_clock, provider);
        _throttle = new LoginThrottle(_install.Database, _clock);
    }

    /// <summary>Makes that many attempts that are checked (and fail), each as soon as it is allowed.</summary>
    private void Fail(int attempts, string name = "anna", string address = Home)
    {
        for (var i = 0; i < attempts; i++)
        {
            if (_throttle.Admit(name, address) is { } wait)
            {
                _clock.Advance(wait);
                Assert.Null(_throttle.Admit(name, address));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Three_tries_are_free_then_each_wait_doubles_up_to_a_quarter_of_an_hour(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Null(_throttle.Admit("anna", Home));

        List<TimeSpan> waits = [];
        for (var i = 0; i < 10; i++)
        {
            var wait = _throttle.Admit("anna", Home)!.Value;
            waits.Add(wait);
            _clock.Advance(wait);
            Assert.Null(_throttle.Admit("anna", Home));
        }

        Assert.Equal([5, 10, 20, 40, 80, 160, 320, 640, 900, 900], waits.Select(w => w.TotalSeconds));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_attempt_within_the_wait_is_not_admitted_and_does_not_make_the_wait_longer(DatabaseProvider provider)
    {
        Install(provider);
        Fail(3);
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), _throttle.Admit("anna", Home));
        Assert.Equal(TimeSpan.FromSeconds(3), _throttle.Admit("anna", Home));
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Null(_throttle.Admit("anna", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Another_address_and_another_name_do_not_wait_for_this_one(DatabaseProvider provider)
    {
        Install(provider);
        Fail(6);
        Assert.NotNull(_throttle.Admit("anna", Home));

        Assert.Null(_throttle.Admit("anna", "198.51.100.7"));
        Assert.Null(_throttle.Admit("bert", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_name_counts_as_typed_without_spaces_and_case(DatabaseProvider provider)
    {
        Install(provider);
        Fail(3, "Anna");

        Assert.NotNull(_throttle.Admit("  ANNA ", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Failures_from_many_addresses_slow_every_address_down_to_at_most_a_minute(DatabaseProvider provider)
    {
        Install(provider);
        for (var i = 0; i < LoginThrottle.FreeAttemptsPerAccount; i++)
        {
            Assert.Null(_throttle.Admit("anna", $"203.0.113.{i}"));
        }

        Assert.Equal(LoginThrottle.FirstWait, _throttle.Admit("anna", Home));
        List<TimeSpan> waits = [];
        for (var i = 0; i < 6; i++)
        {
            var address = $"198.51.100.{i}";
            var wait = _throttle.Admit("anna", address)!.Value;
            waits.Add(wait);
            _clock.Advance(wait);
            Assert.Null(_throttle.Admit("anna", address));
        }

        Assert.Equal([5, 10, 20, 40, 60, 60], waits.Select(w => w.TotalSeconds));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_right_password_starts_the_name_afresh_at_its_address_and_everywhere(DatabaseProvider provider)
    {
        Install(provider);
        for (var i = 0; i < 12; i++)
        {
            Fail(1, address: $"203.0.113.{i}");
        }
        Fail(1);

        _throttle.Succeeded("anna", Home);

        Assert.Null(_throttle.Admit("anna", "198.51.100.7"));
        Assert.Equal(1, _install.Query<long>("SELECT failures FROM login_throttle WHERE address = '*'"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_address_the_name_logged_in_from_waits_only_for_its_own_failures(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Null(_throttle.Admit("anna", Home));
        _throttle.Succeeded("anna", Home);

        for (var i = 0; i < 30; i++)
        {
            _throttle.Admit("anna", $"203.0.113.{i}");
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.NotNull(_throttle.Admit("anna", "198.51.100.7"));
        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Equal(LoginThrottle.FirstWait, _throttle.Admit("anna", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_address_is_known_for_thirty_days_after_the_last_login_from_it(DatabaseProvider provider)
    {
        Install(provider);
        _throttle.Succeeded("anna", Home);
        _clock.Advance(TimeSpan.FromDays(29));
        for (var i = 0; i < LoginThrottle.FreeAttemptsPerAccount; i++)
        {
            Assert.Null(_throttle.Admit("anna", $"203.0.113.{i}"));
        }
        Assert.Null(_throttle.Admit("anna", Home));

        _clock.Advance(TimeSpan.FromDays(2));
        for (var i = 0; i < LoginThrottle.FreeAttemptsPerAccount; i++)
        {
            Assert.Null(_throttle.Admit("anna", $"203.0.113.{i}"));
        }

        Assert.Equal(LoginThrottle.FirstWait, _throttle.Admit("anna", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_waits_survive_a_restart(DatabaseProvider provider)
    {
        Install(provider);
        Fail(3);

        var restarted = new LoginThrottle(_install.Database, _clock);

        Assert.Equal(LoginThrottle.FirstWait, restarted.Admit("anna", Home));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_hour_without_attempts_forgets_the_failures(DatabaseProvider provider)
    {
        Install(provider);
        Fail(5);
        Assert.NotNull(_throttle.Admit("anna", Home));

        _clock.Advance(LoginThrottle.ForgetAfter + TimeSpan.FromSeconds(1));

        Assert.Null(_throttle.Admit("anna", Home));
        Assert.Equal(["anna|*|1", $"anna|{Home}|1"], _install.Lines("SELECT user_name, address, failures FROM login_throttle ORDER BY address"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_new_password_lifts_the_waits_on_that_name_and_forgets_its_addresses(DatabaseProvider provider)
    {
        Install(provider);
        var users = new UserStore(_install.Database, _clock);
        var id = users.Create(new UserDraft("Anna", "Anna", Role.Bestuur, true, new HashSet<long>()), "hash", mustChangePassword: false);
        Fail(3, "anna", "203.0.113.1");
        Fail(3, "anna", "203.0.113.2");
        Fail(3, "bert");

        _throttle.Succeeded("anna", Home);
        _throttle.Succeeded("bert", "198.51.100.9");

        users.SetPassword(id, "nieuw", mustChange: true);

        Assert.Null(_throttle.Admit("anna", "203.0.113.1"));
        Assert.NotNull(_throttle.Admit("bert", Home));
        Assert.Equal(["bert|198.51.100.9"], _install.Lines("SELECT user_name, address FROM known_login_addresses"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Attempts_sent_at_the_same_moment_do_not_slip_past_the_wait_together(DatabaseProvider provider)
    {
        Install(provider);
        const int attempts = 24;
        using var start = new Barrier(attempts);
        var answers = new TimeSpan?[attempts];
        // Each on a thread of its own and as from another server (a throttle of its own), all let go at once.
        var threads = Enumerable.Range(0, attempts).Select(i => new Thread(() =>
        {
            var throttle = new LoginThrottle(_install.Database, _clock);
            start.SignalAndWait();
            answers[i] = throttle.Admit("anna", Home);
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(LoginThrottle.FreeAttempts, answers.Count(wait => wait is null));
    }

    public void Dispose() => _install?.Dispose();
}
