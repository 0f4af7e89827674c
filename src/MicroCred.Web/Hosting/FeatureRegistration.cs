using MicroCred.Web.Features.Account;
using MicroCred.Web.Features.Admin.Institutions;
using MicroCred.Web.Features.Admin.Users;
using MicroCred.Web.Features.Approvals;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Guests;
using MicroCred.Web.Features.Home;
using MicroCred.Web.Features.Notifications;
using MicroCred.Web.Features.Review;
using MicroCred.Web.Features.Versions;
using MicroCred.Web.Features.Wizard;
using MicroCred.Web.Features.Wizard.Engine;

namespace MicroCred.Web.Hosting;

/// <summary>The feature handlers (one per feature folder), scoped like the DbContext they use.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services) => StepDefinitions.Register(services)
        .AddScoped<AccountHandler>()
        .AddScoped<DashboardHandler>()
        .AddScoped<InstitutionsHandler>()
        .AddScoped<UsersHandler>()
        .AddScoped<DesignWorkspaces>()
        .AddSingleton<DesignCheckResults>()
        .AddSingleton<AssembledDesigns>()
        .AddSingleton<InstitutionFactsSnapshots>()
        .AddSingleton<MicroCred.Web.Features.Credentials.IssueReadiness>()
        .AddScoped<DesignSummaries>()
        .AddScoped<DesignsHandler>()
        .AddScoped<CohortAccess>()
        .AddScoped<CohortsHandler>()
        .AddSingleton<CohortLearnerCounts>()
        .AddScoped<StepHandler>()
        .AddScoped<ReviewAccess>()
        .AddScoped<ReviewHandler>()
        .AddScoped<WorkspaceHandler>()
        .AddSingleton<FrozenStepViews>()
        .AddScoped<DecisionHandler>()
        .AddSingleton<MicroCred.Documents.Rendering.PdfRenderer>()
        .AddHttpContextAccessor()
        .AddScoped<AppLinks>()
        .AddScoped<DesignAudience>()
        .AddScoped<ReviewNotifications>()
        .AddScoped<NotificationCounter>()
        .AddScoped<DesignRecordsHandler>()
        .AddScoped<GuestInvitationsHandler>()
        .AddScoped<GuestReviewHandler>()
        .AddScoped<VersionsHandler>()
        .AddScoped<Features.Credentials.CredentialsHandler>()
        .AddScoped<Features.Credentials.CredentialFormats>()
        .AddSingleton<Features.Credentials.CertificateFiles>()
        .AddScoped<Features.Credentials.CertificateIssuers>()
        .AddScoped<Features.Credentials.CertificateDownloads>()
        .AddSingleton<Features.Credentials.VerificationLinks>()
        .AddScoped<Features.Verify.VerifyHandler>()
        .AddScoped<Features.Verify.DocumentVerification>()
        .AddScoped<Features.Verify.PdfVerifyHandler>()
        .AddScoped<Features.Documents.DocumentsHandler>()
        .AddScoped<Features.Evaluations.RevisionDiscardHandler>()
        .AddScoped<Features.Catalogue.CatalogueHandler>()
        .AddScoped<Features.Evaluations.EvaluationsHandler>()
        .AddScoped<Features.Evaluations.EvaluationNotifications>()
        .AddScoped<Features.Evaluations.RevisionCheck>()
        .AddScoped<Features.Evaluations.EvaluationReminders>()
        .AddScoped<Features.Evaluations.EvaluationDashboard>()
        .AddSingleton<Features.Evaluations.EvaluationMonths>()
        .AddScoped<Features.RunReports.RunAccess>()
        .AddScoped<Features.RunReports.RunReportQuery>()
        .AddScoped<Features.RunReports.RunReportsHandler>()
        .AddScoped<Features.Surveys.SurveyMail>()
        .AddScoped<Features.Surveys.SurveyClosing>()
        .AddScoped<Features.Surveys.SurveysHandler>()
        .AddScoped<Features.Surveys.SurveyAnswering>()
        .AddHostedService<Features.Surveys.SurveyClosingService>();
}
