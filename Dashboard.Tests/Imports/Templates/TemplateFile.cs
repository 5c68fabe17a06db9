using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Templates;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Templates;

/// <summary>Templates written into a test installation's folder and imported there as they come.</summary>
public static class TemplateFile
{
    public static readonly TemplateExample EmptyInstallation = new(TestInstallation.Today);

    /// <summary>Every kind in both formats, for theories.</summary>
    public static TheoryData<ImportKind, TemplateFormat> AllKindsAndFormats()
    {
        var data = new TheoryData<ImportKind, TemplateFormat>();
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            foreach (var format in Enum.GetValues<TemplateFormat>())
            {
                data.Add(kind, format);
            }
        }
        return data;
    }

    public static string Write(TestInstallation install, ImportKind kind, TemplateFormat format, TemplateExample example) =>
        install.WriteBytes($"{Guid.NewGuid():N}-{ImportTemplates.FileName(kind, format)}", ImportTemplates.Bytes(kind, format, example));

    /// <summary>Imports the template as downloaded, untouched; fails the test with the report when it is refused or warned about.</summary>
    public static ImportOutcome ImportOk(TestInstallation install, ImportKind kind, TemplateFormat format, TemplateExample example)
    {
        var outcome = ImportAssert.Succeeded(install.Import(kind, Write(install, kind, format, example)));
        Assert.True(outcome.Report.Warnings.Count == 0, "expected no warnings, got:\n" + ImportAssert.Text(outcome));
        return outcome;
    }
}
