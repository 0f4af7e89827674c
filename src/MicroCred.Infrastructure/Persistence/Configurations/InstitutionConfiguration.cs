using MicroCred.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.ToTable("Institutions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Name).HasMaxLength(Institution.NameMaxLength).IsRequired();
        builder.Property(i => i.LocalName).HasMaxLength(Institution.NameMaxLength);
        builder.Property(i => i.CountryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(i => i.Region).HasMaxLength(Institution.RegionMaxLength);
        builder.Property(i => i.City).HasMaxLength(Institution.CityMaxLength).IsRequired();
        builder.Property(i => i.Website).HasMaxLength(Institution.WebsiteMaxLength);
        builder.Property(i => i.ErasmusCode).HasMaxLength(Institution.ErasmusCodeMaxLength);
        builder.Property(i => i.LegalIdentifier).HasMaxLength(Institution.LegalIdentifierMaxLength);
        builder.Property(i => i.CertificateSignatoryName).HasMaxLength(Institution.SignatoryNameMaxLength);
        builder.Property(i => i.CertificateSignatoryRole).HasMaxLength(Institution.SignatoryRoleMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Name).IsUnique();
        builder.Ignore(i => i.CountryName);
        builder.Ignore(i => i.CanIssueCredentials);

        // A value object with no identity of its own: a complex property, stored in the Institutions table.
        builder.ComplexProperty(i => i.Settings, s =>
        {
            s.Property(x => x.HoursPerEctsMin).HasColumnName("HoursPerEctsMin");
            s.Property(x => x.HoursPerEctsMax).HasColumnName("HoursPerEctsMax");
            s.Property(x => x.GradingScale).HasColumnName("GradingScale").HasMaxLength(Institution.GradingScaleMaxLength);
            s.Property(x => x.NationalEctsCap).HasColumnName("NationalEctsCap");
        });

        // The logo lives in its own table so that listing institutions never loads image bytes.
        builder.OwnsOne(i => i.Logo, l =>
        {
            l.ToTable("InstitutionLogos");
            l.WithOwner().HasForeignKey("InstitutionId");
            l.Property(x => x.Content).IsRequired();
            l.Property(x => x.ContentType).HasMaxLength(50).IsRequired();
        });
    }
}
