namespace Dashboard.Data.Administration;

/// <summary>
/// Who is looking, and the role table of docs/privacy-en-toegang.md#rollen-en-bereik in one place: what each role sees, with which figures, what it
/// may export, import and edit. Every page, endpoint and the import ask this; the command line has no viewer.
/// </summary>
public sealed record Viewer(long UserId, string UserName, string DisplayName, Role Role, AccessScope Scope)
{
    /// <summary>Exact figures for an administrator and for a director (whose scope is their own organisation); protected for the rest.</summary>
    public ViewerProfile Profile => Role is Role.Beheerder or Role.Directie ? ViewerProfile.Exact : ViewerProfile.Protected;

    /// <summary>The "toon als bestuur/communicatie" switch: an administrator's preview of what others see.</summary>
    public bool CanPreviewProtection => Role == Role.Beheerder;

    public bool CanImport => Role is Role.Beheerder or Role.Directie;

    /// <summary>The loaded-data page, which lists what was imported: for those who import.</summary>
    public bool CanSeeLoadedData => CanImport;

    /// <summary>CO2 factors, weights, small-cell k and the demo data: the administrator's.</summary>
    public bool CanEditSettings => Role == Role.Beheerder;

    /// <summary>Targets and theories of change, of the organisations in scope.</summary>
    public bool CanEditTargets => Role is Role.Beheerder or Role.Directie;

    /// <summary>Participants' stories on Goede praktijk (docs/verhalen.md), of the organisations in scope; everyone in scope reads them.</summary>
    public bool CanWriteStories => Role is Role.Beheerder or Role.Directie;
    /// <summary>Annotations on the trend charts (docs/weergave-en-export.md#gebeurtenissen), of the organisations in scope.</summary>
    public bool CanAnnotate => Role is Role.Beheerder or Role.Directie;
    /// <summary>Share a factsheet (later a funder report) by link, and list and revoke the links of the organisations in scope: not the board.</summary>
    public bool CanShare => Role is Role.Beheerder or Role.Directie or Role.Communicatie;

    public bool CanManageUsers => Role == Role.Beheerder;

    public bool CanReadAuditLog => Role == Role.Beheerder;

    /// <summary>The board may take charts, factsheets and funder reports, not the figures as a spreadsheet (see <c>ExportFormats.CarriesFigures</c>).</summary>
    public bool CanExportFigures => Role != Role.Bestuur;

    public bool MaySee(long organisationId) => Scope.Includes(organisationId);

    public bool CanImportInto(long organisationId) => CanImport && MaySee(organisationId);
}
