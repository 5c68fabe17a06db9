using Dashboard.Data.Sharing;

namespace Dashboard.Tests.Sharing;

/// <summary>A link's token is far beyond guessing and only its hash is what the database knows; a link lasts 1 to 90 days.</summary>
public sealed class ShareLinkRulesTests
{
    [Fact]
    public void A_token_carries_256_random_bits_in_base64url()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => ShareLinkRules.NewToken()).ToList();

        Assert.All(tokens, token =>
        {
            Assert.Equal(43, token.Length);
            Assert.True(ShareLinkRules.IsWellFormed(token));
            var bytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=");
            Assert.True(bytes.Length * 8 >= 128);
            Assert.Equal(32, bytes.Length);
        });
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        // Every base64url character turns up: the bytes are not a narrow alphabet dressed up.
        Assert.True(tokens.SelectMany(t => t).Distinct().Count() > 60);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_token_and_one_changed_character_does_not_match()
    {
        var token = ShareLinkRules.NewToken();
        var changed = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)), ShareLinkRules.Hash(token));
        Assert.True(ShareLinkRules.Matches(ShareLinkRules.Hash(token), ShareLinkRules.Hash(token)));
        Assert.False(ShareLinkRules.Matches(ShareLinkRules.Hash(changed), ShareLinkRules.Hash(token)));
        Assert.Equal(16, ShareLinkRules.Lookup(ShareLinkRules.Hash(token)).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kort")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Anything_but_43_base64url_characters_is_no_token(string token) => Assert.False(ShareLinkRules.IsWellFormed(token));

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(-5)]
    public void Days_outside_1_to_90_are_refused_in_dutch(int days)
    {
        var refused = Assert.Throws<ShareLinkRefusedException>(() => ShareLinkRules.CheckDays(days));

        Assert.Equal("Een link is 1 tot 90 dagen geldig: kies een aantal dagen daartussen.", refused.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(90)]
    public void One_and_ninety_days_are_allowed(int days) => ShareLinkRules.CheckDays(days);
}
