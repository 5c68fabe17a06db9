namespace Dashboard.Data.Installation;

/// <summary>A backup or restore that was refused before anything changed; the message says why, in Dutch, for the operator.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
