using System.Globalization;
using System.Resources;

namespace Dashboard.Data.Domain;

/// <summary>
/// The texts of one resource file of the core, beside the feature that uses it: Dutch, the source, in <c>X.resx</c>,
/// English in <c>X.en.resx</c>. Always read in an explicit culture, never the thread's; keys are stable identifiers, and
/// placeholders ({0}, {0:N0}) are filled in with that culture's number formats.
/// </summary>
public sealed class ResourceTexts(string baseName)
{
    private readonly ResourceManager _resources = new(baseName, typeof(ResourceTexts).Assembly);

    public string Get(string key, CultureInfo culture) =>
        Find(key, culture) ?? throw new MissingManifestResourceException($"{baseName} has no text '{key}'.");

    /// <summary>The text, or null when the file has none under <paramref name="key"/>.</summary>
    public string? Find(string key, CultureInfo culture) => _resources.GetString(key, culture);

    /// <summary>The text in the culture's own file, without falling back to Dutch: for the tests that every text is translated.</summary>
    public string? FindExactly(string key, CultureInfo culture) =>
        _resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);

    /// <summary>The keys that start with <paramref name="prefix"/>, from the source (Dutch) file.</summary>
    public IEnumerable<string> Keys(string prefix) =>
        (_resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
         ?? throw new MissingManifestResourceException(baseName))
        .Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public string Format(string key, CultureInfo culture, params object?[] arguments) =>
        string.Format(culture, Get(key, culture), arguments);
}
