namespace Dashboard.Data.Sharing;

/// <summary>A link just made: the token, shown this once and stored nowhere, and until when it holds.</summary>
public sealed record ShareLinkCreated(long Id, string Token, DateTimeOffset ExpiresAt);
