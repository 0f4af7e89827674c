using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Gate).HasConversion<string>().HasMaxLength(2);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReviewerName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.Ignore(r => r.IsOpen);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.VersionId).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(r => r.DesignId).OnDelete(DeleteBehavior.Cascade);

        // NoAction, not Cascade: the version is already deleted through the design, and SQL Server refuses two cascade
        // paths from CourseDesigns. NoAction (unlike SQLite's immediate RESTRICT) is checked at the end of the statement,
        // so deleting a design still removes its versions and reviews in one go.
        builder.HasOne<DesignVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}
