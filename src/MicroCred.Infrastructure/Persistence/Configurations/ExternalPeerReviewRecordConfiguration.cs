using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class ExternalPeerReviewRecordConfiguration : IEntityTypeConfiguration<ExternalPeerReviewRecord>
{
    public void Configure(EntityTypeBuilder<ExternalPeerReviewRecord> builder)
    {
        builder.ToTable("ExternalPeerReviewRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);

        // The domain does not limit the reviewer's name when it is typed in, so neither does the column.
        builder.Property(r => r.ReviewerName).IsRequired();
        builder.Property(r => r.ReviewerKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Summary).HasMaxLength(ExternalPeerReviewRecord.SummaryMaxLength).IsRequired();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(r => r.DesignId).OnDelete(DeleteBehavior.Cascade);

        // NoAction: the guest is already deleted through the design; SQL Server refuses a second cascade or set-null path.
        builder.HasOne<GuestReviewer>().WithMany().HasForeignKey(r => r.GuestReviewerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
