using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class DesignStepConfiguration : IEntityTypeConfiguration<DesignStep>
{
    public void Configure(EntityTypeBuilder<DesignStep> builder)
    {
        builder.ToTable("DesignSteps");
        builder.HasKey(s => new { s.DesignId, s.Step });
        builder.Property(s => s.Step).HasConversion<int>();
        builder.Property(s => s.ContentJson).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();

        // A design's saved state is read as its steps' concurrency tokens (dashboard progress, cached checks): this index answers
        // that without reading the rows, whose content comes before the token and can span many pages.
        builder.HasIndex(s => new { s.DesignId, s.Step, s.Version }).HasDatabaseName("IX_DesignSteps_State");
        builder.Ignore(s => s.EverSaved);
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(s => s.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.LastEditedById).OnDelete(DeleteBehavior.Restrict);
    }
}
