using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MicroCred.Infrastructure.Persistence.Configurations;

internal sealed class AnnualEvaluationConfiguration : IEntityTypeConfiguration<AnnualEvaluation>
{
    public void Configure(EntityTypeBuilder<AnnualEvaluation> builder)
    {
        builder.ToTable("AnnualEvaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CreatedByName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(e => e.SignedOffByName).HasMaxLength(AppUser.FullNameMaxLength);
        builder.Property(e => e.Findings).HasMaxLength(AnnualEvaluation.TextMaxLength);
        builder.Property(e => e.StakeholderFeedback).HasMaxLength(AnnualEvaluation.TextMaxLength);
        builder.Property(e => e.BusinessNotes).HasMaxLength(AnnualEvaluation.TextMaxLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.IsSignedOff);
        builder.Ignore(e => e.FrozenBecause);

        // One evaluation per course and year: two team members starting it at once store one.
        builder.HasIndex(e => new { e.DesignId, e.Year }).IsUnique();
        builder.HasOne<CourseDesign>().WithMany().HasForeignKey(e => e.DesignId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Actions).WithOne().HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Comments).WithOne().HasForeignKey(c => c.EvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PartnerConfirmationConfiguration : IEntityTypeConfiguration<PartnerConfirmation>
{
    public void Configure(EntityTypeBuilder<PartnerConfirmation> builder)
    {
        builder.ToTable("EvaluationPartnerConfirmations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.InstitutionName).HasMaxLength(AnnualEvaluation.NameMaxLength).IsRequired();
        builder.Property(p => p.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ConfirmedBy).HasMaxLength(AnnualEvaluation.NameMaxLength);
        builder.Property(p => p.Note).HasMaxLength(AnnualEvaluation.TextMaxLength);
        builder.HasIndex(p => new { p.EvaluationId, p.InstitutionId }).IsUnique();
    }
}

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("EvaluationActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(AnnualEvaluation.ActionTitleMaxLength).IsRequired();
        builder.Property(a => a.OwnerName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FollowUp).HasMaxLength(AnnualEvaluation.TextMaxLength);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.IsCarriedOver);

        // The steps an action touches, as their names ("CoursePlan,Assessment"): few, read with the action, never queried.
        builder.Property(a => a.Steps)
            .HasConversion(
                steps => string.Join(',', steps.Select(s => s.ToString())),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<WizardStep>).ToList(),
                new ValueComparer<List<WizardStep>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList()))
            .HasMaxLength(600)
            .IsRequired();

        // Reminders look for open actions by deadline.
        builder.HasIndex(a => new { a.Status, a.Deadline });
    }
}

internal sealed class EvaluationCommentConfiguration : IEntityTypeConfiguration<EvaluationComment>
{
    public void Configure(EntityTypeBuilder<EvaluationComment> builder)
    {
        builder.ToTable("EvaluationComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AuthorName).HasMaxLength(AppUser.FullNameMaxLength).IsRequired();
        builder.Property(c => c.AuthorRole).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(AnnualEvaluation.CommentMaxLength).IsRequired();
        builder.HasIndex(c => new { c.EvaluationId, c.At });
    }
}

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");
        builder.HasKey(r => r.Key);
        builder.Property(r => r.Key).HasMaxLength(Reminder.KeyMaxLength).IsUnicode(false);
    }
}
