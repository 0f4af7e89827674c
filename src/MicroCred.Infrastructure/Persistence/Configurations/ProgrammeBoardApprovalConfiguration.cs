using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeBoardApprovalConfiguration : IEntityTypeConfiguration<ProgrammeBoardApproval>
{
    public void Configure(EntityTypeBuilder<ProgrammeBoardApproval> builder)
    {
        builder.ToTable("ProgrammeBoardApprovals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Body).HasMaxLength(ProgrammeBoardApproval.BodyMaxLength).IsRequired();
        builder.Property(a => a.Reference).HasMaxLength(ProgrammeBoardApproval.ReferenceMaxLength).IsRequired();
        builder.Property(a => a.RecordedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();

        // BoardId is the row id of the board inside the design's content (step W5), not a table: no foreign key.
        // One approval per board: the handler checks first, the index settles two administrators saving at the same instant.
        builder.HasIndex(a => new { a.DesignId, a.BoardId }).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(a => a.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
