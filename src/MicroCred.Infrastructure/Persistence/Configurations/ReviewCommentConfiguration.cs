using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("ReviewComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // Stored as its number, like DesignSteps.Step and DesignChanges.Step.
        builder.Property(c => c.Step).HasConversion<int>();
        builder.Property(c => c.FieldPath).HasMaxLength(ReviewComment.FieldPathMaxLength);
        builder.Property(c => c.AuthorName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(c => c.AuthorRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Text).HasMaxLength(ReviewComment.TextMaxLength).IsRequired();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // The thread of replies is a JSON column (EF Core 10 complex collection) read and written through the backing
        // field _replies, for the same reasons as the verdicts of QualityGateDecision: the replies keep their order in the
        // thread (a child table would come back in key order) and are always read with their comment. Both providers
        // support it. Adding a reply rewrites the column, so two replies saved at the same moment are kept apart by the
        // concurrency token Version: the later save is refused instead of overwriting the earlier reply.
        builder.OwnsMany(c => c.Replies, r =>
        {
            r.ToJson("Replies");
            r.Property(x => x.AuthorRole).HasConversion<string>();
        });
        builder.Navigation(c => c.Replies).UsePropertyAccessMode(PropertyAccessMode.Field);

        // With the creation time last, a step page reads its first threads (by status, then oldest first) in index order and
        // stops after the shown ones instead of sorting every comment of the step.
        builder.HasIndex(c => new { c.DesignId, c.Step, c.Status, c.CreatedAt });
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(c => c.DesignId).OnDelete(DeleteBehavior.Cascade);

        // NoAction: see ReviewConfiguration (one cascade path from CourseDesigns on SQL Server).
        builder.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<DesignVersion>().WithMany().HasForeignKey(c => c.VersionId).OnDelete(DeleteBehavior.NoAction);

        // AuthorId has no foreign key: the author may be a guest reviewer (GuestReviewers.Id), not a user.
        // Only the course team resolves and only QA reviewers close, so those are users.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ResolvedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ClosedById).OnDelete(DeleteBehavior.Restrict);
    }
}
