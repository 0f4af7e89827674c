using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Scale;

/// <summary>Grows a review straight in the database for the size and query-count tests: the QA officer's claim and many comments.</summary>
internal static class ReviewLoad
{
    public static async Task ClaimAsync(MicroCredFactory factory, Guid reviewId, Guid designId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == designId);
        db.TimelineEntries.Add(review.Claim(await db.ActorAsync(ReviewSetup.Qa), design, factory.Clock.Now));
        await db.SaveChangesAsync();
    }

    /// <summary>Adds <paramref name="count"/> reviewer comments on step 13 of the review, each with the text <paramref name="text"/> gives.</summary>
    public static async Task CommentAsync(MicroCredFactory factory, Guid reviewId, Guid designId, int count, Func<int, string> text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MicroCredDbContext>();
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId);
        var design = await db.CourseDesigns.AsNoTracking().Include(d => d.Members).SingleAsync(d => d.Id == designId);
        var author = CommentAuthor.Reviewer(await db.ActorAsync(ReviewSetup.Qa), design);
        for (var n = 0; n < count; n++)
        {
            var (comment, entry) = ReviewComment.Open(review, author, WizardStep.Assessment, null, null, text(n), factory.Clock.Now);
            db.ReviewComments.Add(comment);
            db.TimelineEntries.Add(entry);
        }

        await db.SaveChangesAsync();
    }
}
