using Dashboard.Data.Access;

namespace Dashboard.Access;

public enum SignInResult
{
    Success,
    /// <summary>Unknown user or wrong password: the page does not say which.</summary>
    WrongCredentials,
    LockedOut,
    Disabled,
}

/// <summary>How a login attempt ended, with the user when it succeeded.</summary>
public sealed record SignInOutcome(SignInResult Result, UserAccount? User = null)
{
    /// <summary>What the login page says, in Dutch.</summary>
    public string Message => Result switch
    {
        SignInResult.WrongCredentials => "Gebruikersnaam of wachtwoord klopt niet.",
        SignInResult.LockedOut => $"Dit account is na {UserStore.MaxFailedLogins} mislukte pogingen tijdelijk geblokkeerd. Probeer het over {UserStore.Lockout.TotalMinutes:0} minuten opnieuw, of vraag de beheerder het wachtwoord te herstellen.",
        SignInResult.Disabled => "Dit account is uitgeschakeld. Vraag de beheerder om toegang.",
        _ => "",
    };
}
