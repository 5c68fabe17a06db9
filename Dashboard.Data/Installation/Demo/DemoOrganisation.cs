using System.Globalization;

namespace Dashboard.Data.Installation.Demo;

/// <summary>One fictional kringloop company: its stores and how its own systems record participants.</summary>
internal sealed record DemoOrganisation(string Name, ParticipantCodeStyle CodeStyle, string CodePrefix, IReadOnlyList<DemoStore> Stores)
{
    /// <summary>Whether its intake and exit forms record the participation ladder at all.</summary>
    public bool RecordsLadder { get; init; } = true;

    /// <summary>How strongly newcomers (status holders) weigh in its intake, relative to the sector.</summary>
    public double NewcomerWeight { get; init; } = 1;

    /// <summary>The code of the <paramref name="number"/>th participant (from 1), taken in at <paramref name="intakeYear"/> as its <paramref name="numberInYear"/>th.</summary>
    public string ParticipantCode(int number, int intakeYear, int numberInYear) => CodeStyle switch
    {
        ParticipantCodeStyle.PrefixDashFiveDigits => Invariant($"{CodePrefix}-{100 + number:00000}"),
        ParticipantCodeStyle.PrefixFourDigits => Invariant($"{CodePrefix}{4000 + number}"),
        ParticipantCodeStyle.PrefixYearDashThreeDigits => Invariant($"{CodePrefix}{intakeYear}-{numberInYear:000}"),
        ParticipantCodeStyle.PrefixShortYearDashFourDigits => Invariant($"{CodePrefix}{intakeYear % 100:00}-{numberInYear:0000}"),
        ParticipantCodeStyle.PrefixDotFourDigits => Invariant($"{CodePrefix}.{200 + number:0000}"),
        ParticipantCodeStyle.FiveDigits => Invariant($"{10230 + number}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
