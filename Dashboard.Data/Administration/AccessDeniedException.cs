namespace Dashboard.Data.Administration;

/// <summary>Something outside the user's rights or scope was asked for: "geen toegang", with why, in Dutch.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
