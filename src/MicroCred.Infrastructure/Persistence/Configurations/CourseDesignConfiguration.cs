using MicroCred.Domain.Designs;
using MicroCred.Domain.Institutions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class CourseDesignConfiguration : IEntityTypeConfiguration<CourseDesign>
{
    public void Configure(EntityTypeBuilder<CourseDesign> builder)
    {
        builder.ToTable("CourseDesigns");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Title).HasMaxLength(CourseDesign.TitleMaxLength).IsRequired();
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.HasPublishedVersion);
        builder.Property(d => d.GateUnderReview).HasConversion<string>().HasMaxLength(2);
        builder.HasOne<Institution>().WithMany().HasForeignKey(d => d.LeadInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Members).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The courses that have a published version (published, or a revision open beside it) are found through these two
        // indexes (SQLite joins the two lookups of the OR), not by reading every design of the platform.
        builder.HasIndex(d => d.Status);
        builder.HasIndex(d => d.RevisionOf);
    }
}
