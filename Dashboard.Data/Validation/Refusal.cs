namespace Dashboard.Data.Validation;

/// <summary>A store's refusal as a person reads it.</summary>
public static class Refusal
{
    /// <summary>The message without the " (Parameter 'x')" that .NET adds for the developer.</summary>
    public static string Reason(this ArgumentException refusal)
    {
        if (refusal.ParamName is null)
        {
            return refusal.Message;
        }
        var suffix = new ArgumentException("", refusal.ParamName).Message;
        return refusal.Message.EndsWith(suffix, StringComparison.Ordinal) ? refusal.Message[..^suffix.Length] : refusal.Message;
    }
}
