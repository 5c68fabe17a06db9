using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Validation;

/// <summary>
/// What is wrong with one field of a form, in Dutch and English, so a page can show it next to that field.
/// <paramref name="Field"/> names the field as the form knows it, e.g. "meubels.co2_factor" or "stakeholders[1].name".
/// </summary>
public sealed record FieldProblem(string Field, string Dutch, string English)
{
    public string Message(CultureInfo culture) => culture.IsEnglish() ? English : Dutch;
}
