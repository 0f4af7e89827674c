using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class QualityGateDecisionConfiguration : IEntityTypeConfiguration<QualityGateDecision>
{
    public void Configure(EntityTypeBuilder<QualityGateDecision> builder)
    {
        builder.ToTable("QualityGateDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Gate).HasConversion<string>().HasMaxLength(2);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.DecidedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(d => d.Summary).HasMaxLength(QualityGateDecision.SummaryMaxLength).IsRequired();

        // The filled-in checklist is a JSON column (EF Core 10 complex collection), not a table of its own:
        // - a decision is written once and never changed, and is always read with its verdicts;
        // - the verdicts keep the checklist order of the domain (a child table would come back in key order);
        // - a verdict has no identity of its own, so no made-up key is needed;
        // - both providers support it (SQLite: TEXT with json functions; SQL Server: nvarchar(max) with OPENJSON).
        // EF reads and writes the domain's backing field _verdicts.
        builder.OwnsMany(d => d.Verdicts, v =>
        {
            v.ToJson("Verdicts");
            v.Property(x => x.Verdict).HasConversion<string>();
        });
        builder.Navigation(d => d.Verdicts).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(d => d.ReviewId).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(d => d.DesignId).OnDelete(DeleteBehavior.Cascade);

        // NoAction: see ReviewConfiguration (one cascade path from CourseDesigns on SQL Server).
        builder.HasOne<Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<DesignVersion>().WithMany().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}
