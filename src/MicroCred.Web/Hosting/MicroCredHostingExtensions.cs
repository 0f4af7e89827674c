using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using FluentValidation;
using MicroCred.Domain.Accounts;
using MicroCred.Infrastructure;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Serilog.Events;

namespace MicroCred.Web.Hosting;

/// <summary>Everything Program.cs wires up, in the order a reader needs it.</summary>
public static class MicroCredHostingExtensions
{
    public const string LoginRateLimit = "login";
    public const string InvitationRateLimit = "invitation";
    public const string VerificationRateLimit = "verification";

    public static WebApplicationBuilder AddMicroCred(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = DataFolder(builder);
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);

        // Absolute links never come from the request's Host header; outside Development the address must be configured.
        var publicAddress = PublicAddress.FromConfiguration(configuration, builder.Environment);
        services.AddSingleton(publicAddress);
        if (!string.IsNullOrWhiteSpace(configuration[PublicAddress.Setting]))
        {
            PublicAddress.RestrictAllowedHosts(configuration, publicAddress);
        }

        // One logger per host, handed to the framework explicitly: Serilog's static Log.Logger is never used,
        // so several hosts in one process (the tests) never write into each other's files.
        var serilog = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            // RequestLimitsMiddleware applies each action's size and form limits before MVC runs; MVC's own limit filters then
            // find the form read and warned on every save that they could not apply them again.
            .MinimumLevel.Override("Microsoft.AspNetCore.Mvc.Filters.RequestSizeLimitFilter", LogEventLevel.Error)
            .MinimumLevel.Override("Microsoft.AspNetCore.Mvc.Filters.RequestFormLimitsFilter", LogEventLevel.Error)
            .Enrich.FromLogContext()
            .Enrich.With<VerificationPathRedaction>()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new Serilog.Formatting.Compact.CompactJsonFormatter(),
                Path.Combine(dataFolder, "logs", "microcred-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14)
            .CreateLogger();
        services.AddSerilog(serilog, dispose: true);
        services.AddSingleton<Serilog.ILogger>(serilog);

        services.AddMicroCredInfrastructure(configuration, dataFolder);
        services.AddScoped<Features.Cohorts.PendingImports>();

        services.AddIdentity<AppUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<MicroCredDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // A deactivated or locked user loses access within a minute, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = ServerSessions.KeepSessionOnRefresh;
        });

        var cookieSecurity = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "MicroCred.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookieSecurity;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // The cookie names a session row; signing out deletes the row, so a copied cookie stops working at once.
            ServerSessions.Attach(o);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "MicroCred.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = cookieSecurity;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddDataProtection()
            .SetApplicationName("MicroCred")
            .PersistKeysToDbContext<MicroCredDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.PlatformAdministrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ManagesInstitution, p => p.RequireRole(Roles.Administrator, Roles.InstitutionAdmin));

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(LoginRateLimit, ctx => PerClient(ctx, LoginRateLimit, security.LoginAttemptsPerMinute));
            o.AddPolicy(InvitationRateLimit, ctx => PerClient(ctx, InvitationRateLimit, security.InvitationAttemptsPerMinute));
            o.AddPolicy(VerificationRateLimit, ctx => PerClient(ctx, VerificationRateLimit, security.VerificationRequestsPerMinute));
        });

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // FluentValidation owns "required" messages; binding errors get plain words.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                var messages = o.ModelBindingMessageProvider;
                messages.SetValueMustBeANumberAccessor(field => $"Enter a number for {field}.");
                messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is not a valid value for {field}.");
                messages.SetValueIsInvalidAccessor(value => $"'{value}' is not a valid value.");
                messages.SetMissingBindRequiredValueAccessor(field => $"Enter a value for {field}.");
                messages.SetValueMustNotBeNullAccessor(field => $"Enter a value for {field}.");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is not a valid value.");
                messages.SetUnknownValueIsInvalidAccessor(field => $"The value for {field} is not valid.");
            })
            .AddRazorOptions(o =>
            {
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
                o.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
            });
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddFeatureHandlers();

        // Evaluation due and action deadline reminders; off in the test environment unless a test turns them on.
        services.TryAddSingleton(TimeProvider.System);
        if (builder.Configuration.GetValue<bool?>("Reminders:Enabled") ?? !builder.Environment.IsEnvironment("Testing"))
        {
            services.AddSingleton<Features.Evaluations.EvaluationReminderService>();
            services.AddHostedService(sp => sp.GetRequiredService<Features.Evaluations.EvaluationReminderService>());
        }

        return builder;
    }

    public static WebApplication UseMicroCred(this WebApplication app)
    {
        var security = app.Services.GetRequiredService<SecurityOptions>();

        if (security.BehindProxy)
        {
            app.UseForwardedHeaders(ForwardedHeadersFor(security));
        }

        // Outermost after the client address is known: one line per request with its final status, error pages included.
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Paths only: query strings may carry tokens (invitation links) and are never logged.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = RequestLogLevel;
            o.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("RequestId", http.TraceIdentifier);
                if (http.RequestAborted.IsCancellationRequested)
                {
                    diagnostics.Set("ClientAborted", true);
                }

                if (http.User.Identity?.IsAuthenticated == true)
                {
                    diagnostics.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
                }
            };
        });

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (security.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStaticFiles();

        // Everything past the static files may carry personal data (pages, certificates, ZIPs, course descriptions): never stored by a browser or proxy.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                // Public documents (institutions' published keys and status lists) say so themselves with "public".
                if (context.Response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.Ordinal))
                {
                    return Task.CompletedTask;
                }

                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
                return Task.CompletedTask;
            });
            return next(context);
        });

        app.UseRouting();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<DatabaseUnavailableMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapControllers();
        return app;
    }

    /// <summary>Only the configured proxies' X-Forwarded-For is believed; anyone else's header is ignored, so it cannot pick a rate-limit partition.</summary>
    public static ForwardedHeadersOptions ForwardedHeadersFor(SecurityOptions security)
    {
        ArgumentNullException.ThrowIfNull(security);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        var proxies = Entries(security.KnownProxies).Select(p => IPAddress.TryParse(p, out var ip)
            ? ip : throw new InvalidOperationException($"Security:KnownProxies holds '{p}', which is not an IP address.")).ToList();
        var networks = Entries(security.KnownNetworks).Select(n => System.Net.IPNetwork.TryParse(n, out var net)
            ? net : throw new InvalidOperationException($"Security:KnownNetworks holds '{n}', which is not a network such as 10.0.0.0/8.")).ToList();
        if (proxies.Count + networks.Count > 0)
        {
            // Replaces the defaults (loopback): exactly the configured proxies are trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        }

        return options;

        static IEnumerable<string> Entries(IEnumerable<string> values) =>
            values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>A client that went away is not a server error: logged at Information. 503 (database unavailable) is a warning.</summary>
    private static LogEventLevel RequestLogLevel(HttpContext http, double elapsed, Exception? exception)
    {
        if (http.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Information;
        }

        return exception is not null || (http.Response.StatusCode >= 500 && http.Response.StatusCode != StatusCodes.Status503ServiceUnavailable)
            ? LogEventLevel.Error
            : http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning : LogEventLevel.Information;
    }

    private static string DataFolder(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.Environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(configured, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            policy + ":" + (context.Connection.RemoteIpAddress?.ToString() ?? "local"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), durationMs = e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

public static class Policies
{
    public const string PlatformAdministrator = nameof(PlatformAdministrator);
    public const string ManagesInstitution = nameof(ManagesInstitution);
}
