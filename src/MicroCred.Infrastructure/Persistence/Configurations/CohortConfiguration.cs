using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("Cohorts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Cohort.NameMaxLength).IsRequired();
        builder.Property(c => c.Code).HasMaxLength(Cohort.CodeMaxLength);
        builder.Property(c => c.Participation).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.GradingScale).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ResultsFinalisedByName).HasMaxLength(Identity.AppUser.FullNameMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.ParticipationText);
        builder.Ignore(c => c.IsFinalised);
        builder.Ignore(c => c.LearnersWithoutResult);
        builder.HasIndex(c => new { c.DesignId, c.DesignVersionNumber });
        builder.HasIndex(c => c.IssuingInstitutionId);
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(c => c.DesignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(c => c.IssuingInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Learners).WithOne().HasForeignKey(l => l.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Learners).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
