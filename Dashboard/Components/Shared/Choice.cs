namespace Dashboard.Components.Shared;

/// <summary>One choice of a <see cref="SelectField"/> or <see cref="ChoiceList"/>: the key that goes into the URL, the text a person reads.</summary>
public sealed record Choice(string Key, string Text);
