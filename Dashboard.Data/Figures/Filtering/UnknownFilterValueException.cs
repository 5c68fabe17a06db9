namespace Dashboard.Data.Figures.Filtering;

/// <summary>A filter names an organisation, store, practice or code that does not exist; the message says which, in Dutch.</summary>
public sealed class UnknownFilterValueException(string message) : Exception(message)
{
    /// <summary>For an organisation, store or practice: what it is ("winkel") and the value as given; null for a code.</summary>
    public (string What, string Value)? Place { get; init; }

    /// <summary>For a place: the ones that do exist among those it was looked up in.</summary>
    public IReadOnlyList<string> Known { get; init; } = [];
}
