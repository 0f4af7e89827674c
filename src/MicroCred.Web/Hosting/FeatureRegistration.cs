using MicroCred.Web.Features.Account;
using MicroCred.Web.Features.Admin.Institutions;
using MicroCred.Web.Features.Admin.Users;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Home;
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
        .AddScoped<DesignsHandler>()
        .AddScoped<StepHandler>()
        .AddScoped<Features.Credentials.CredentialsHandler>()
        .AddSingleton<Features.Credentials.CertificateFiles>()
        .AddSingleton<Features.Credentials.VerificationLinks>()
        .AddScoped<Features.Verify.VerifyHandler>()
        .AddScoped<Features.Documents.DocumentsHandler>()
        .AddSingleton<MicroCred.Documents.Rendering.PdfRenderer>();
}
