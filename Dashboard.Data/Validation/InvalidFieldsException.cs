namespace Dashboard.Data.Validation;

/// <summary>
/// A save refused because fields are not valid; nothing was written. An <see cref="ArgumentException"/> like the
/// stores' other refusals, with the Dutch messages joined as its message and each field's problem in <see cref="Problems"/>.
/// </summary>
public sealed class InvalidFieldsException(IReadOnlyList<FieldProblem> problems)
    : ArgumentException(string.Join(" ", problems.Select(p => p.Dutch)))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;

    /// <summary>Throws when there is any problem.</summary>
    public static void ThrowIfAny(IReadOnlyList<FieldProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidFieldsException(problems);
        }
    }
}
