using MicroCred.Domain.Credentials;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class PendingImportRecordConfiguration : IEntityTypeConfiguration<PendingImportRecord>
{
    public void Configure(EntityTypeBuilder<PendingImportRecord> builder)
    {
        builder.ToTable("PendingImports");
        builder.HasKey(i => i.IdHash);
        builder.Property(i => i.IdHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(i => i.FileName).HasMaxLength(PendingImportRecord.FileNameMaxLength).IsRequired();
        builder.Property(i => i.PreviewJson).IsRequired();

        // Expired previews are purged by ExpiresAt.
        builder.HasIndex(i => i.ExpiresAt);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(i => i.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
