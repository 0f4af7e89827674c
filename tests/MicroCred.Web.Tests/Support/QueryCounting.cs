using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands each HTTP request sends (test-only). A request that carries the <see cref="Header"/> gets a
/// counter for everything that runs inside it (authentication, session check, handlers, views); the count is read back by the
/// header's value once the response is complete. Commands outside a marked request (seeding, other tests' requests) are not counted.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    public const string Header = "X-Test-Query-Probe";

    private static readonly AsyncLocal<StrongBox> Current = new();

    private readonly ConcurrentDictionary<string, (int Count, List<string> Sql)> _finished = new();

    public static void Install(MicroCredFactory factory)
    {
        var counter = new QueryCounter();
        var previous = factory.TestServices;
        factory.TestServices = services =>
        {
            previous?.Invoke(services);
            services.AddSingleton(counter);
            services.ConfigureDbContext<MicroCred.Infrastructure.Persistence.MicroCredDbContext>(o => o.AddInterceptors(counter));
            services.AddSingleton<IStartupFilter>(new ProbeStartupFilter(counter));
        };
    }

    public static QueryCounter Of(MicroCredFactory factory) => factory.Services.GetRequiredService<QueryCounter>();

    /// <summary>GETs a page with a probe and answers its status, its HTML and the number of SQL commands it sent.</summary>
    public async Task<(System.Net.HttpStatusCode Status, int Commands, int HtmlBytes, IReadOnlyList<string> Sql)> GetAsync(TestBrowser browser, string url)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, probe);
        using var response = await browser.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var (count, sql) = _finished.TryRemove(probe, out var found) ? found : (-1, new List<string>());
        return (response.StatusCode, count, body.Length, sql);
    }

    /// <summary>POSTs a form with a probe and answers its status and the number of SQL commands it sent.</summary>
    public async Task<(System.Net.HttpStatusCode Status, int Commands, IReadOnlyList<string> Sql)> PostAsync(TestBrowser browser, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(Header, probe);
        using var response = await browser.Client.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
        var (count, sql) = _finished.TryRemove(probe, out var found) ? found : (-1, new List<string>());
        return (response.StatusCode, count, sql);
    }

    private void Count(DbCommand command)
    {
        if (Current.Value is { } box)
        {
            lock (box)
            {
                box.Count++;
                box.Sql.Add(command.CommandText);
            }
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    private sealed class StrongBox
    {
        public int Count;

        public List<string> Sql { get; } = [];
    }

    private sealed class ProbeStartupFilter(QueryCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                if (context.Request.Headers[Header].ToString() is not { Length: > 0 } probe)
                {
                    await nextMiddleware(context);
                    return;
                }

                var box = new StrongBox();
                Current.Value = box;
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    Current.Value = null!;
                    lock (box)
                    {
                        counter._finished[probe] = (box.Count, [.. box.Sql]);
                    }
                }
            });
            next(app);
        };
    }
}
