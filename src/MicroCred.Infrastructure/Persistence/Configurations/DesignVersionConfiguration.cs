using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class DesignVersionConfiguration : IEntityTypeConfiguration<DesignVersion>
{
    public void Configure(EntityTypeBuilder<DesignVersion> builder)
    {
        builder.ToTable("DesignVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Gate).HasConversion<string>().HasMaxLength(2);
        builder.Property(v => v.SubmittedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(v => v.ContentJson).IsRequired();

        // Upper-case hex SHA-256 (DesignSnapshot.Hash).
        builder.Property(v => v.ContentHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.RevisionKind).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(v => v.IsUnderReview);
        builder.Ignore(v => v.IsRejected);
        builder.HasIndex(v => new { v.DesignId, v.Number }).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(v => v.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(v => v.SubmittedById).OnDelete(DeleteBehavior.Restrict);
    }
}
