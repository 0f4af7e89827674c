using MicroCred.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace MicroCred.Web.Hosting;

/// <summary>
/// A locked or unreachable database answers 503 with a page that keeps what the user typed (the posted fields go back
/// into a form they can send again), instead of a generic error. Commands wait at most a few seconds for a lock.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, ILogger<DatabaseUnavailableMiddleware> logger)
{
    public const string RetryFormKey = "MicroCred.RetryForm";
    public const string UnavailableKey = "MicroCred.DatabaseUnavailable";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (context.Items.ContainsKey(UnavailableKey))
        {
            // Found while checking the session: no point in running the action.
            await RefuseAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("Database unavailable on {Method} {Path}: {Failure}", context.Request.Method, context.Request.Path, e.GetType().Name);
            await RefuseAsync(context);
        }
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            context.Items[RetryFormKey] = new RetryForm(
                context.Request.PathBase + context.Request.Path + context.Request.QueryString,
                // Passwords are never written back into a page.
                [.. form.Where(f => !f.Key.Contains("password", StringComparison.OrdinalIgnoreCase))
                    .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))],
                form.Files.Count > 0);
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "10";
    }
}

/// <summary>A posted form to offer again: where it went, its fields, and whether files were attached (they cannot be kept).</summary>
public sealed record RetryForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, bool HadFiles);
