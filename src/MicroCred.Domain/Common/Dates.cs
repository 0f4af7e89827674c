using System.Globalization;

namespace MicroCred.Domain;

/// <summary>
/// The one way dates read in pages, messages, e-mails and PDFs: "3 December 2026" — day, month in words, year, the same in
/// every locale. Form inputs keep their own machine format (yyyy-MM-dd); nothing shown to people uses it.
/// </summary>
public static class Dates
{
    public const string Pattern = "d MMMM yyyy";

    public static string Long(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string Long(DateTimeOffset at) => at.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string Long(DateTime at) => at.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>"3 December 2026, 14:05" (the time as stored, UTC in this portal).</summary>
    public static string WithTime(DateTimeOffset at) => at.ToString(Pattern + ", HH:mm", CultureInfo.InvariantCulture);
}
