using System.Globalization;
using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Shared;

/// <summary>How values read on screen: unambiguous dates (25 November 2026), ECTS to one decimal, plain state names.</summary>
public static class Display
{
    public static string Date(DateTimeOffset value) => MicroCred.Domain.Dates.Long(value);

    public static string Date(DateOnly value) => MicroCred.Domain.Dates.Long(value);

    public static string DateTime(DateTimeOffset value) => MicroCred.Domain.Dates.WithTime(value) + " UTC";

    public static string Ects(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ECTS";

    public static string Status(DesignStatus status) => status switch
    {
        DesignStatus.Draft => "Draft",
        DesignStatus.DesignReview => "Design review",
        DesignStatus.InDevelopment => "In development",
        DesignStatus.DevelopmentReview => "Development review",
        DesignStatus.ReadyForApproval => "Ready for approval",
        DesignStatus.Published => "Published",
        DesignStatus.Retired => "Retired",
        _ => status.ToString(),
    };
}
