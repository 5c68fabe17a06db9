using Dashboard.Data.Domain;

namespace Dashboard.Tests.Figures;

/// <summary>
/// docs/indicatoren.md is what <see cref="IndicatorReference"/> makes of the catalogue. After a change to the catalogue,
/// its texts or the generator, rewrite it with IMPACT_WRITE_DOCS=1 dotnet test --filter FullyQualifiedName~IndicatorReferenceTests
/// and commit the file.
/// </summary>
public class IndicatorReferenceTests
{
    [Fact]
    public void The_committed_reference_is_what_the_catalogue_gives()
    {
        var generated = IndicatorReference.Generate();
        if (Environment.GetEnvironmentVariable(IndicatorReference.RewriteVariable) == "1")
        {
            File.WriteAllText(IndicatorReference.Path, generated);
        }

        var committed = File.Exists(IndicatorReference.Path) ? File.ReadAllText(IndicatorReference.Path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == generated,
            $"docs/indicatoren.md is not what the catalogue gives. Rewrite it with {IndicatorReference.RewriteVariable}=1 dotnet test "
            + "--filter FullyQualifiedName~IndicatorReferenceTests and commit it.");
    }

    [Fact]
    public void Every_indicator_has_its_section()
    {
        var generated = IndicatorReference.Generate();

        Assert.All(Dashboard.Data.Figures.IndicatorCatalogue.All, indicator =>
        {
            Assert.Contains($"\n### {indicator.Code} — {indicator.Name(culture: Language.Dutch)}\n\n{indicator.Definition(culture: Language.Dutch)}\n", generated);
            Assert.Contains(indicator.Calculation(Language.Dutch), generated);
        });
    }
}
