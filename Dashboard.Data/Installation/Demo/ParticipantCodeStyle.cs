namespace Dashboard.Data.Installation.Demo;

/// <summary>How an organisation numbers its participants; none of them makes nine digits (docs/importbestanden.md#algemene-regels).</summary>
internal enum ParticipantCodeStyle
{
    /// <summary>AAN-00123</summary>
    PrefixDashFiveDigits,

    /// <summary>TR4821</summary>
    PrefixFourDigits,

    /// <summary>P2023-017: the year of intake and a number within it.</summary>
    PrefixYearDashThreeDigits,

    /// <summary>OM23-0045</summary>
    PrefixShortYearDashFourDigits,

    /// <summary>DC.0456</summary>
    PrefixDotFourDigits,

    /// <summary>10234: five digits, as a spreadsheet turns it into a number.</summary>
    FiveDigits,
}
