using MicroCred.Domain.Credentials.Sealing;
using MicroCred.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class InstitutionSigningKeyConfiguration : IEntityTypeConfiguration<InstitutionSigningKey>
{
    public void Configure(EntityTypeBuilder<InstitutionSigningKey> builder)
    {
        builder.ToTable("InstitutionSigningKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.KeyId).HasMaxLength(InstitutionSigningKey.KeyIdMaxLength).IsUnicode(false).IsRequired();
        builder.Property(k => k.Certificate).IsRequired();
        builder.Property(k => k.ProtectedPrivateKey).IsUnicode(false).IsRequired();
        builder.Ignore(k => k.IsCurrent);
        builder.HasIndex(k => k.KeyId).IsUnique();

        // At most one current key per institution, even when two instances create the first key at the same moment: the
        // loser of the race meets this index and reads the winner's key. Double-quoted identifiers are standard SQL and
        // are read alike by SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER is on for every EF connection).
        builder.HasIndex(k => k.InstitutionId).IsUnique().HasFilter("\"RetiredAt\" IS NULL").HasDatabaseName("IX_InstitutionSigningKeys_Current");
        builder.HasIndex(k => new { k.InstitutionId, k.CreatedAt });
        builder.HasOne<Institution>().WithMany().HasForeignKey(k => k.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
