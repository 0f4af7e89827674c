using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class GuestReviewerConfiguration : IEntityTypeConfiguration<GuestReviewer>
{
    public void Configure(EntityTypeBuilder<GuestReviewer> builder)
    {
        builder.ToTable("GuestReviewers");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Email).HasMaxLength(GuestReviewer.EmailMaxLength).IsRequired();
        builder.Property(g => g.FullName).HasMaxLength(GuestReviewer.FullNameMaxLength).IsRequired();
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);

        // The domain does not limit the organisation's length, so neither does the column.
        builder.Property(g => g.Organisation);
        builder.Property(g => g.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(g => g.TokenHash).IsUnique();

        // Two tabs opening the same link at once: only the first acceptance is stored (as for Invitations).
        builder.Property(g => g.AcceptedAt).IsConcurrencyToken();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(g => g.DesignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.InvitedById).OnDelete(DeleteBehavior.Restrict);
    }
}
