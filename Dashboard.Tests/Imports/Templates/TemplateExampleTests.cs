using Dashboard.Data.Imports.Templates;

namespace Dashboard.Tests.Imports.Templates;

public sealed class TemplateExampleTests
{
    private static readonly DateOnly Today = new(2026, 11, 15);

    private static ExamplePractice Practice(string store, string practice, bool demo = false) =>
        new("Kringloop", store, store, null, null, practice, practice, "winkel", demo);

    [Fact]
    public void Without_practices_the_example_is_the_fictional_store()
    {
        var example = TemplateExample.For(Today, []);

        Assert.Null(example.Practice);
        Assert.Equal(ExamplePractice.Fictional, example.Place);
        Assert.Equal(ExamplePractice.Fictional, example.StoreRow);
    }

    [Fact]
    public void The_first_practice_by_store_and_practice_code_a_real_one_before_a_demo_one()
    {
        var example = TemplateExample.For(Today,
            [Practice("ZWO", "WINKEL"), Practice("AAA", "WINKEL", demo: true), Practice("AAN", "WINKEL"), Practice("AAN", "REST")]);

        Assert.Equal(Practice("AAN", "REST"), example.Place);
        Assert.Equal(Practice("AAN", "REST"), example.StoreRow);
    }

    [Fact]
    public void With_only_demo_practices_every_row_refers_to_the_fictional_store()
    {
        var example = TemplateExample.For(Today, [Practice("VNL", "WINKEL", demo: true)]);

        Assert.Equal(ExamplePractice.Fictional, example.Place);
        Assert.Equal(ExamplePractice.Fictional, example.StoreRow);
    }
}
