namespace Dashboard.Resources;

/// <summary>
/// The UI's words. Keys are the Dutch texts themselves (the app is Dutch first); Strings.en.resx holds
/// their English, picked when the language switch sets en-GB.
/// </summary>
public sealed class Strings;
