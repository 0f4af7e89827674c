using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Evaluations;

/// <summary>For a revision still in draft: minor or major, from the diff of the live content against the published version it started from.</summary>
public sealed class RevisionCheck(MicroCredDbContext db)
{
    public async Task<RevisionVerdict?> VerdictAsync(CourseDesign design, DesignContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.RevisionOf is not { } number || design.Status != DesignStatus.Draft || design.IsUnderReview)
        {
            return null;
        }

        var json = await db.DesignVersions.AsNoTracking().Where(v => v.DesignId == design.Id && v.Number == number)
            .Select(v => v.ContentJson).SingleAsync(ct);
        return RevisionScope.Classify(DesignSnapshot.Deserialize(json), content);
    }
}
