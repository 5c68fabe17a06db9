using Dashboard.Data.Domain;

namespace Dashboard.Tests.Domain;

public sealed class EllipsisTests
{
    [Theory]
    [InlineData("Aan de Maas Centrum", 60, "Aan de Maas Centrum")]
    [InlineData("Kringloop Aan de Maas Centrum", 20, "Kringloop Aan de…")]
    [InlineData("Kringloopwinkel De Tweede Ronde", 12, "Kringloopwi…")]
    [InlineData("Kringloop, Venlo-Blerick", 11, "Kringloop…")]
    [InlineData("Kringloop — De Tweede Ronde", 12, "Kringloop…")]
    public void A_text_is_cut_to_its_length_with_an_ellipsis_at_a_word_break_where_one_is_near(string text, int length, string shortened)
    {
        var result = Ellipsis.Shorten(text, length);

        Assert.Equal(shortened, result);
        Assert.True(result.Length <= length);
    }

    [Fact]
    public void A_name_keeps_sixty_characters_at_most_and_a_letter_outside_the_basic_plane_is_never_split()
    {
        var name = new string('a', 58) + "😀😀😀";

        var drawn = Ellipsis.Name(name);

        Assert.Equal(new string('a', 58) + "…", drawn);
        Assert.Equal("Aan de Maas Centrum", Ellipsis.Name("Aan de Maas Centrum"));
    }

    [Fact]
    public void A_name_is_drawn_without_control_characters_and_overrides_stored_before_imports_refused_them()
    {
        Assert.Equal("Aan de Maas Venlo", Ellipsis.Name("Aan de Maas Venlo\u0007"));
        Assert.Equal("Kringloop Aan de Maas", Ellipsis.Name("Kringloop \u202EAan de Maas"));
        Assert.Equal(new string('a', 59) + "…", Ellipsis.Name(string.Concat(Enumerable.Repeat("a\u0007", 70))));
    }

    [Fact]
    public void A_text_that_fits_its_width_stays_whole_and_one_that_does_not_is_the_longest_beginning_that_fits_with_an_ellipsis()
    {
        static double Measure(string text) => text.Length; // every character one unit wide

        Assert.Equal("Zwolle Noord", Ellipsis.Fit("Zwolle Noord", 12, Measure));
        Assert.Equal("Zwolle No…", Ellipsis.Fit("Zwolle Noord", 10, Measure));
        Assert.Equal("Zwolle…", Ellipsis.Fit("Zwolle Noord", 7, Measure, cut: true));
        Assert.Equal("Zwolle Noord…", Ellipsis.Fit("Zwolle Noord", 40, Measure, cut: true));
        Assert.Equal("", Ellipsis.Fit("Zwolle Noord", 0.5, Measure));
    }

    [Fact]
    public void A_long_text_is_measured_only_about_as_far_as_it_fits()
    {
        var measured = 0L;
        double Measure(string text)
        {
            measured += text.Length;
            return text.Length;
        }

        var fitted = Ellipsis.Fit(new string('k', 10_000_000), 50, Measure);

        Assert.Equal(new string('k', 49) + "…", fitted);
        // Each character measured once would be ten million; doubling and halving the length measures a few hundred.
        Assert.InRange(measured, 50, 2_000);
    }
}
