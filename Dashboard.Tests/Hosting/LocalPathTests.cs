using Dashboard.Hosting;

namespace Dashboard.Tests.Hosting;

/// <summary>The way back after a login or a language switch: a path of this site as it is, anything else the home page.</summary>
public sealed class LocalPathTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/vergelijken")]
    [InlineData("/vergelijken?jaar=2025&org=Kringloop%20Zwolle")]
    [InlineData("/goede-praktijk?soort=horeca#kaart")]
    public void A_path_of_this_site_is_kept_as_it_is(string path) => Assert.Equal(path, LocalPath.OrHome(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("vergelijken")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/ //evil.example")]
    [InlineData("/\t//evil.example")]
    [InlineData("/\n//evil.example")]
    [InlineData("/vergelijken /x")]
    [InlineData("/\u00a0//evil.example")]
    [InlineData("/\u200b//evil.example")]
    [InlineData("/x\\..\\\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData(" /vergelijken")]
    public void Anything_else_goes_to_the_home_page(string? path) => Assert.Equal("/", LocalPath.OrHome(path));
}
