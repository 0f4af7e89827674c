using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.DefinitionJson).IsRequired();
        builder.Property(s => s.SharedCode).HasMaxLength(64).IsRequired();
        builder.Property(s => s.OpenedByName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Definition);

        // One survey per cohort: two team members opening it at once get one survey and a clear message.
        builder.HasIndex(s => s.CohortId).IsUnique();
        builder.HasIndex(s => s.SharedCode).IsUnique();
        builder.HasIndex(s => new { s.ClosedAt, s.ClosesOn });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(s => s.DesignId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("SurveyInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.SurveyId);

        // A used link stays used: marking it is guarded by the row's old value, so the same link sent twice at once stores one answer.
        builder.Property(i => i.Used).IsConcurrencyToken();
        builder.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AnswersJson).IsRequired();
        builder.Ignore(r => r.Answers);
        builder.HasIndex(r => r.SurveyId);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
