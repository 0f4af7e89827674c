using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class AgreementSignatureConfiguration : IEntityTypeConfiguration<AgreementSignature>
{
    public void Configure(EntityTypeBuilder<AgreementSignature> builder)
    {
        builder.ToTable("AgreementSignatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SignerName).HasMaxLength(AgreementSignature.NameMaxLength).IsRequired();
        builder.Property(s => s.SignerRole).HasMaxLength(AgreementSignature.NameMaxLength).IsRequired();

        // A partner signs once. PartnerId is the partner row in the design's content (step W3), not a table; InstitutionId
        // is copied from that row as it was when signing and, like the content, is not tied to Institutions by a key.
        builder.HasIndex(s => new { s.DesignId, s.PartnerId }).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(s => s.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}
