using System.Globalization;

namespace MicroCred.Web.Features.Shared;

/// <summary>
/// Which page of a list that grows is shown, and what the search box holds. Lists are paged in SQL (Skip/Take after a count),
/// never capped silently: the page says how many there are and offers the rest.
/// </summary>
public sealed record PageRequest(int Page, string? Search)
{
    public const int MaxSearchLength = 100;

    /// <summary>Reads ?page= and ?q= from the query string; anything odd falls back to the first page and no search.</summary>
    public static PageRequest From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var q = request.Query["q"].ToString().Trim();
        return new PageRequest(page, q.Length == 0 ? null : q.Length > MaxSearchLength ? q[..MaxSearchLength] : q);
    }

    /// <summary>The search text lower-cased, for a case-insensitive Contains that every provider translates (lower(...) LIKE).</summary>
    public string? Term => Search?.ToLowerInvariant();
}

/// <summary>One page of a list: its rows, where it sits in the whole, and what the pager and search box need.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Search)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int First => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(Total, Page * PageSize);

    public PagerView Pager(string path, string noun, string? fragment = null) => new(path, Page, PageCount, Total, First, Last, Search, noun, fragment);
}

/// <summary>What the shared pager partial draws: "Showing 26–50 of 312 learners", previous/next and "Page 2 of 13".</summary>
public sealed record PagerView(string Path, int Page, int PageCount, int Total, int First, int Last, string? Search, string Noun, string? Fragment)
{
    public string Url(int page)
    {
        var query = new List<string>();
        if (Search is not null)
        {
            query.Add("q=" + Uri.EscapeDataString(Search));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return Path + (query.Count == 0 ? "" : "?" + string.Join("&", query)) + (Fragment is null ? "" : "#" + Fragment);
    }
}

public static class Paging
{
    /// <summary>The page size of every list that grows.</summary>
    public const int PageSize = 25;

    /// <summary>Counts, clamps the page into range and reads one page, in two SQL commands whatever the size of the list.</summary>
    public static async Task<Paged<T>> PageAsync<T>(IQueryable<T> ordered, PageRequest request, CancellationToken ct, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, ct);
        return await PageAsync(ordered, request, total, ct, pageSize);
    }

    /// <summary>The same when the caller already knows how many rows <paramref name="ordered"/> has: one SQL command, or none for an empty list.</summary>
    public static async Task<Paged<T>> PageAsync<T>(IQueryable<T> ordered, PageRequest request, int total, CancellationToken ct, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Min(request.Page, pages);
        var skip = (page - 1) * pageSize; // worked out here: an expression inside the query would be compiled by EF Core on every call
        var items = total == 0
            ? []
            : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(ordered.Skip(skip).Take(pageSize), ct);
        return new Paged<T>(items, page, pageSize, total, request.Search);
    }

    /// <summary>The same over rows already in memory (lists whose filter cannot run in SQL).</summary>
    public static Paged<T> Page<T>(IReadOnlyList<T> all, PageRequest request, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        var pages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        var page = Math.Min(request.Page, pages);
        return new Paged<T>([.. all.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, all.Count, request.Search);
    }
}

/// <summary>The labelled search box above a paged list.</summary>
public sealed record SearchBoxView(string Path, string Id, string Label, string? Search, string? Fragment = null);
