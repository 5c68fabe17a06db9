namespace Dashboard.Data.Sharing;

/// <summary>A share link that cannot be made as asked (days outside 1–90, no factsheet view); the message says why, for the user.</summary>
public sealed class ShareLinkRefusedException(string message) : Exception(message);
