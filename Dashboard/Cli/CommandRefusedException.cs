namespace Dashboard.Cli;

/// <summary>A command that cannot be done as asked: exit code 1, the Dutch reason on standard error, nothing changed.</summary>
public sealed class CommandRefusedException(string message) : Exception(message);
