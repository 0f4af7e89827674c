using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("TimelineEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Event).HasConversion<string>().HasMaxLength(40);

        // ActorId has no foreign key: the actor may be a guest reviewer, or nobody (the platform itself).
        builder.Property(e => e.ActorName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();

        // The summary quotes free-text reasons that the domain does not limit, so neither does the column.
        builder.Property(e => e.Summary).IsRequired();
        builder.Property(e => e.Gate).HasConversion<string>().HasMaxLength(2);
        builder.HasIndex(e => new { e.DesignId, e.At });
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(e => e.DesignId).OnDelete(DeleteBehavior.Cascade);
    }
}
