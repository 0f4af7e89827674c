using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class IssuedCredentialConfiguration : IEntityTypeConfiguration<IssuedCredential>
{
    public void Configure(EntityTypeBuilder<IssuedCredential> builder)
    {
        builder.ToTable("IssuedCredentials");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // Base64url of 32 random bytes: 43 characters.
        builder.Property(c => c.PublicId).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(c => c.Award).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.IssuedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(c => c.ContentJson).IsRequired();

        // Lower-case hex SHA-256 (CredentialJson.Hash).
        builder.Property(c => c.ContentHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.Property(c => c.RevokedByName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.Property(c => c.RevocationReason).HasMaxLength(IssuedCredential.ReasonMaxLength);
        builder.Ignore(c => c.IsRevoked);
        builder.HasIndex(c => c.PublicId).IsUnique();

        // A compact ES256 JWS over a payload of about 150 bytes: some 400 characters.
        builder.Property(c => c.Seal).HasMaxLength(2000).IsUnicode(false);

        // One bit per credential in the institution's revocation list; given at issue, never reused.
        builder.HasIndex(c => new { c.IssuingInstitutionId, c.StatusListIndex }).IsUnique();

        // One current credential per learner of a cohort: issuing twice, even from two requests at once, cannot duplicate it.
        // Credentials replaced by a correction stay beside their successor, so the index covers only current ones (the
        // filter is quoted the same way for Sqlite, SQL Server and PostgreSQL).
        builder.HasIndex(c => new { c.CohortId, c.LearnerId }).IsUnique().HasFilter("\"SupersededAt\" IS NULL");

        // The cohort and issuing pages count a cohort's credentials (all, or current ones, by revoked or not) from this index
        // alone, instead of reading every credential row.
        builder.HasIndex(c => new { c.CohortId, c.SupersededAt, c.RevokedAt });
        builder.Property(c => c.CorrectedByName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.Property(c => c.CorrectionReason).HasMaxLength(IssuedCredential.ReasonMaxLength);
        builder.Property(c => c.CorrectionChanges).HasMaxLength(4000);
        builder.Ignore(c => c.IsSuperseded);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(c => c.DesignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(c => c.IssuingInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.IssuedById).OnDelete(DeleteBehavior.Restrict);
    }
}
