using MicroCred.Domain.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.ToTable("Learners");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.GivenNames).HasMaxLength(Learner.NameMaxLength).IsRequired();
        builder.Property(l => l.FamilyName).HasMaxLength(Learner.NameMaxLength).IsRequired();
        builder.Property(l => l.LearnerIdentifier).HasMaxLength(Learner.IdentifierMaxLength).IsRequired();
        builder.Property(l => l.IdentifierKey).HasMaxLength(Learner.IdentifierMaxLength).IsRequired();
        builder.Property(l => l.Email).HasMaxLength(Learner.EmailMaxLength);
        builder.Property(l => l.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.FullName);

        // The domain checks uniqueness too; the index stops two simultaneous imports from both adding the same learner.
        builder.HasIndex(l => new { l.CohortId, l.IdentifierKey }).IsUnique();

        // The cohort and issuing pages list a cohort's learners a page at a time in this order: the index hands over one page
        // without sorting the whole cohort. The second one answers "how many learners per result" from the index alone.
        builder.HasIndex(l => new { l.CohortId, l.FamilyName, l.GivenNames, l.IdentifierKey });
        builder.HasIndex(l => new { l.CohortId, l.Result });
    }
}
