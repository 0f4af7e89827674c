using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Evaluations;
using MicroCred.Domain.Institutions;
using MicroCred.Domain.Notifications;
using MicroCred.Domain.Reviews;
using MicroCred.Domain.Surveys;
using MicroCred.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Infrastructure.Persistence;

public sealed class MicroCredDbContext(DbContextOptions<MicroCredDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<CourseDesign> CourseDesigns => Set<CourseDesign>();

    public DbSet<DesignMember> DesignMembers => Set<DesignMember>();

    public DbSet<DesignStep> DesignSteps => Set<DesignStep>();

    public DbSet<DesignChange> DesignChanges => Set<DesignChange>();

    public DbSet<DesignVersion> DesignVersions => Set<DesignVersion>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();

    public DbSet<QualityGateDecision> QualityGateDecisions => Set<QualityGateDecision>();

    public DbSet<GuestReviewer> GuestReviewers => Set<GuestReviewer>();

    public DbSet<ProgrammeBoardApproval> ProgrammeBoardApprovals => Set<ProgrammeBoardApproval>();

    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();

    public DbSet<ExternalPeerReviewRecord> ExternalPeerReviewRecords => Set<ExternalPeerReviewRecord>();

    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<IssuedCredential> IssuedCredentials => Set<IssuedCredential>();

    public DbSet<Domain.Credentials.Sealing.InstitutionSigningKey> InstitutionSigningKeys => Set<Domain.Credentials.Sealing.InstitutionSigningKey>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<PendingImportRecord> PendingImports => Set<PendingImportRecord>();

    public DbSet<AnnualEvaluation> AnnualEvaluations => Set<AnnualEvaluation>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MicroCredDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns in SQL; every timestamp is UTC anyway,
        // so every provider stores a UTC DateTime (TEXT on SQLite, datetime2 on SQL Server, timestamp with time zone on
        // PostgreSQL, which accepts only UTC values: the converter always hands it DateTimeKind.Utc).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }
}
