using MicroCred.Domain.Designs;

namespace MicroCred.Domain.Reviews;

/// <summary>
/// When gate records (board approvals, signatures, external reviews) may be taken back: while the team still works on the
/// design, not while a reviewer reads a version that relies on them, and never after publication.
/// </summary>
public static class RecordRemoval
{
    public static string? WhyNot(CourseDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.Status is DesignStatus.Published or DesignStatus.Retired)
        {
            return "The course is published; its approval records are kept as they were.";
        }

        if (design.IsUnderReview)
        {
            return $"Version {design.VersionUnderReview} is under review; records can be removed again after the decision.";
        }

        return null;
    }

    public static void EnsureAllowed(CourseDesign design)
    {
        if (WhyNot(design) is { } reason)
        {
            throw new DomainException(reason);
        }
    }
}
