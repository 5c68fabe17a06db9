using Dashboard.Data;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Dashboard.Hosting;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Hosting;

/// <summary>The import limits as an operator sets them in section `Import`: read for the importer, checked at start.</summary>
public sealed class ImportSettingsTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value))
        .Build();

    [Fact]
    public void Without_settings_the_defaults_hold()
    {
        Assert.Equal(ImportLimits.Default, ImportSettings.Limits(Settings()));
        Assert.Equal(ImportLimits.Default, ImportSettings.Limits(Settings(("Import:MaxUploadMegabytes", "50"))));
    }

    [Fact]
    public void A_limit_set_in_the_section_is_the_one_the_importer_refuses_by()
    {
        using var install = new TestInstallation();
        var limits = ImportSettings.Limits(Settings(("Import:MaxRows", "2"), ("Import:MaxColumns", "16384")));
        using var core = new ServiceCollection().AddImpactCore(new InstallationFiles(install.Database.Path, install.KeyFile), limits, install.Clock)
            .BuildServiceProvider();
        var importer = core.GetRequiredService<Importer>();

        var outcome = importer.Import(new ImportRequest(ImportKind.Winkels, install.WriteFile("winkels.csv", StandardStores.File)));

        Assert.Equal(ImportLimits.Default with { MaxRows = 2, MaxColumns = 16_384 }, limits);
        Assert.StartsWith("Het bestand heeft meer dan 2 rijen onder de kopregel", ImportAssert.FileRefused(outcome));
    }

    [Theory]
    [InlineData("Import:MaxColumns", "16385", "Import:MaxColumns moet tussen 1 en 16.384 liggen, niet 16.385.")]
    [InlineData("Import:MaxRows", "0", "Import:MaxRows moet tussen 1 en 2.147.483.646 liggen, niet 0.")]
    public void An_unusable_limit_stops_the_start_naming_what_to_set(string key, string value, string expected)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ImportSettings.Limits(Settings((key, value))));

        Assert.Equal("De importgrenzen in de instellingen kloppen niet: " + expected, refused.Message);
    }
}
