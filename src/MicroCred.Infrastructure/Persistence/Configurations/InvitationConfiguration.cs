using MicroCred.Domain.Accounts;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(Invitation.EmailMaxLength).IsRequired();
        builder.Property(i => i.FullName).HasMaxLength(Invitation.FullNameMaxLength).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(40).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();

        // Two people opening the same link at once: only the first acceptance is stored.
        builder.Property(i => i.AcceptedAt).IsConcurrencyToken();
        builder.HasIndex(i => i.Email);
        builder.HasOne<Institution>().WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.Restrict);
    }
}
