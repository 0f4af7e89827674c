using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace MicroCred.Web.Hosting;

/// <summary>The words shown when a request to this action is too large (e.g. "The file is larger than 1 MB.").</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class TooLargeMessageAttribute(string message) : Attribute
{
    public string Message { get; } = message;
}

/// <summary>
/// Refuses a request over its limits before any action runs, with a proper 413 and a page that says what was too large:
/// a body over the action's size limit (or the portal's default), a form field over its length limit, too many fields.
/// Reading the form here (with the action's own limits) means no later step meets a half-read or over-long form.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, ILogger<RequestLimitsMiddleware> logger)
{
    /// <summary>Default for every action without its own [RequestSizeLimit]; the largest form a person types stays far below it.</summary>
    public const long DefaultMaxBodyBytes = 4 * 1024 * 1024;

    public const string MessageKey = "MicroCred.TooLargeMessage";

    /// <summary>Up to this much of a refused body is read and thrown away so the client gets the answer; beyond it the connection is closed.</summary>
    private const long MaxDrainBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || !HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsPut(context.Request.Method))
        {
            await next(context);
            return;
        }

        var endpoint = context.GetEndpoint();
        var limit = endpoint?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } metadata ? metadata.MaxRequestBodySize : DefaultMaxBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var message = endpoint?.Metadata.GetMetadata<TooLargeMessageAttribute>()?.Message;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            await RefuseAsync(context, message, "body over the size limit");
            return;
        }

        if (context.Request.HasFormContentType)
        {
            try
            {
                if (context.Features.Get<IFormFeature>() is not { Form: not null })
                {
                    context.Features.Set<IFormFeature>(new FormFeature(context.Request, FormOptionsFor(endpoint)));
                }

                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // A field longer than the form allows, too many fields, or a multipart section over its limit.
                await RefuseAsync(context, message, "form over its limits");
                return;
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await RefuseAsync(context, message, "body over the size limit");
                return;
            }
        }

        await next(context);
    }

    private async Task RefuseAsync(HttpContext context, string? message, string reason)
    {
        logger.LogInformation("Request to {Path} refused with 413: {Reason}", context.Request.Path, reason);
        context.Items[MessageKey] = message;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;

        // The client is usually still sending. Reading the rest (up to a cap) lets it receive the answer; closing with
        // unread data would reset the connection and the page would never be seen.
        if (!await DrainAsync(context))
        {
            context.Response.Headers.Connection = "close";
        }
    }

    private static async Task<bool> DrainAsync(HttpContext context)
    {
        var declared = context.Request.ContentLength;
        if (declared > MaxDrainBytes)
        {
            return false;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxDrainBytes;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(DrainTimeout);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
                if (total > MaxDrainBytes)
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is BadHttpRequestException or OperationCanceledException or IOException or InvalidOperationException)
        {
            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FormOptions FormOptionsFor(Endpoint? endpoint)
    {
        var options = new FormOptions();
        if (endpoint?.Metadata.GetMetadata<IFormOptionsMetadata>() is { } limits)
        {
            options.ValueCountLimit = limits.ValueCountLimit ?? options.ValueCountLimit;
            options.ValueLengthLimit = limits.ValueLengthLimit ?? options.ValueLengthLimit;
            options.KeyLengthLimit = limits.KeyLengthLimit ?? options.KeyLengthLimit;
            options.MultipartBodyLengthLimit = limits.MultipartBodyLengthLimit ?? options.MultipartBodyLengthLimit;
            options.MultipartBoundaryLengthLimit = limits.MultipartBoundaryLengthLimit ?? options.MultipartBoundaryLengthLimit;
            options.MultipartHeadersCountLimit = limits.MultipartHeadersCountLimit ?? options.MultipartHeadersCountLimit;
            options.MultipartHeadersLengthLimit = limits.MultipartHeadersLengthLimit ?? options.MultipartHeadersLengthLimit;
            options.BufferBodyLengthLimit = limits.BufferBodyLengthLimit ?? options.BufferBodyLengthLimit;
            options.MemoryBufferThreshold = limits.MemoryBufferThreshold ?? options.MemoryBufferThreshold;
            options.BufferBody = limits.BufferBody ?? options.BufferBody;
        }

        return options;
    }
}
