namespace Dashboard.Data.Indicators.Filtering;

/// <summary>A filter names an organisation, store, practice or code that does not exist; the message says which, in Dutch.</summary>
public sealed class UnknownFilterValueException(string message) : Exception(message);
