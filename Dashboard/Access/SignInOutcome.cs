using Dashboard.Data.Administration;

namespace Dashboard.Access;

public enum SignInResult
{
    Success,
    /// <summary>Unknown user, wrong password or a disabled account: the page does not say which.</summary>
    WrongCredentials,
    /// <summary>Too soon after failed attempts with this name from this address (or from everywhere): not checked.</summary>
    Throttled,
}

/// <summary>How a login attempt ended, with the user when it succeeded and the wait when it came too soon.</summary>
public sealed record SignInOutcome(SignInResult Result, UserAccount? User = null, TimeSpan Wait = default)
{
    public static SignInOutcome Throttled(TimeSpan wait) => new(SignInResult.Throttled, Wait: wait);

    /// <summary>The wait in whole seconds, rounded up.</summary>
    public int Seconds => (int)Math.Ceiling(Wait.TotalSeconds);

    /// <summary>What the login page says, in Dutch: a fixed text (so the page can translate it) and the number it names.</summary>
    public (string Text, object[] Arguments) Message => Result switch
    {
        SignInResult.WrongCredentials => ("Gebruikersnaam of wachtwoord klopt niet.", []),
        SignInResult.Throttled when Seconds > 120 =>
            ("Te veel mislukte pogingen. Probeer het over {0} minuten opnieuw.", [(int)Math.Ceiling(Wait.TotalMinutes)]),
        SignInResult.Throttled when Seconds > 1 => ("Te veel mislukte pogingen. Probeer het over {0} seconden opnieuw.", [Seconds]),
        SignInResult.Throttled => ("Te veel mislukte pogingen. Probeer het over een seconde opnieuw.", []),
        _ => ("", []),
    };
}
