using MicroCred.Domain.Designs;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class DesignChangeConfiguration : IEntityTypeConfiguration<DesignChange>
{
    public void Configure(EntityTypeBuilder<DesignChange> builder)
    {
        builder.ToTable("DesignChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Step).HasConversion<int?>();
        builder.Property(c => c.Summary).HasMaxLength(DesignChange.SummaryMaxLength).IsRequired();
        builder.HasIndex(c => new { c.DesignId, c.At });
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(c => c.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
