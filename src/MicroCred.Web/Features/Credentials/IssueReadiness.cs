using System.Collections.Concurrent;
using System.Globalization;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using Microsoft.Extensions.Caching.Memory;

namespace MicroCred.Web.Features.Credentials;

/// <summary>
/// What the issuing page needs from a cohort's frozen design version, worked out once instead of on every visit: the course title,
/// the award each result earns, whether the stored content still matches its hash, and which learners could not receive their
/// credential today and why (the R-CERT checks, which read the whole design). Everything is keyed on what decides it, read in the
/// same request: the version's id and the hash of the content just read (so altered content is a new entry, and is refused as
/// before), and for the checks also the institutions' concurrency tokens (<see cref="Designs.InstitutionFactsSnapshot.Stamp"/>)
/// and the day of issue. A version never changes, so an answer is never stale; each portal instance keeps its own copy.
/// </summary>
public sealed class IssueReadiness : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 500 });

    /// <summary>How many times a version's content was parsed here (for tests).</summary>
    public int Parsed => _parsed;

    private int _parsed;

    /// <summary>The course facts of a version (its <see cref="DesignVersion.ContentJson"/> must be loaded).</summary>
    public IssueCourse CourseOf(DesignVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var hash = DesignSnapshot.Hash(version.ContentJson);
        var key = string.Create(CultureInfo.InvariantCulture, $"course|{version.Id:N}|{hash}");
        return GetOrAdd(key, () => new IssueCourse(version.Number, hash, string.Equals(hash, version.ContentHash, StringComparison.Ordinal), Parse(version)));
    }

    /// <summary>The R-CERT checks of <paramref name="course"/> against these institutions on this day, remembered per learner.</summary>
    public IssueChecks ChecksOf(DesignVersion version, IssueCourse course, Designs.InstitutionFactsSnapshot institutions, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(institutions);
        var key = string.Create(CultureInfo.InvariantCulture, $"checks|{version.Id:N}|{course.Hash}|{institutions.Stamp}|{issuedOn.DayNumber}");
        return GetOrAdd(key, () => new IssueChecks(course, new DesignCheckContext(Parse(version), institutions.Facts, issuedOn), issuedOn));
    }

    public void Dispose() => _cache.Dispose();

    private DesignContent Parse(DesignVersion version)
    {
        Interlocked.Increment(ref _parsed);
        return version.ReadContent();
    }

    private T GetOrAdd<T>(string key, Func<T> create)
        where T : class =>
        _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return create();
        })!;
}

/// <summary>What issuing reads from a frozen design version: its number, title, the award of each result and its integrity.</summary>
public sealed class IssueCourse
{
    private readonly CredentialAward?[] _awards;

    /// <param name="hash">The hash of the content JSON <paramref name="content"/> was read from.</param>
    public IssueCourse(int versionNumber, string hash, bool intact, DesignContent content)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(content);
        VersionNumber = versionNumber;
        Hash = hash;
        Intact = intact;
        Title = content.CoursePlan.Title ?? "Course";
        _awards = [.. Results.Select(r => CredentialContentBuilder.AwardFor(r, content.Award))];
    }

    /// <summary>No result, then every <see cref="LearnerResult"/>: the results a learner can have.</summary>
    public static IReadOnlyList<LearnerResult?> Results { get; } = [null, .. Enum.GetValues<LearnerResult>().Select(r => (LearnerResult?)r)];

    public int VersionNumber { get; }

    /// <summary>True when the stored content still matches the hash taken when the version was frozen.</summary>
    public bool Intact { get; }

    public string Title { get; }

    /// <summary>The hash of the content JSON these facts were read from.</summary>
    public string Hash { get; }

    /// <summary>The credential a learner with this result receives (<see cref="CredentialContentBuilder.AwardFor"/>), or null.</summary>
    public CredentialAward? AwardFor(LearnerResult? result) => _awards[result is { } r ? 1 + (int)r : 0];
}

/// <summary>
/// Why a learner whose result earns a credential could not receive it today (null: nothing stops it), remembered per learner
/// details: the checks read only the design, the institutions, the day and the learner's names, identifier and attendance.
/// </summary>
public sealed class IssueChecks
{
    private readonly IssueCourse _course;
    private readonly DesignCheckContext _context;
    private readonly DateOnly _issuedOn;
    private readonly ConcurrentDictionary<(CertificateLearner Learner, CredentialAward Award), string?> _problems = new();
    private readonly Lock _gate = new();

    public IssueChecks(IssueCourse course, DesignCheckContext context, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(context);
        _course = course;
        _context = context;
        _issuedOn = issuedOn;
    }

    /// <summary>How many learners' checks really ran (for tests).</summary>
    public int Runs => _runs;

    private int _runs;

    public string? Problem(LearnerResult? result, CertificateLearner learner)
    {
        ArgumentNullException.ThrowIfNull(learner);
        if (_course.AwardFor(result) is not { } award)
        {
            return null;
        }

        if (!_course.Intact)
        {
            return $"Version {_course.VersionNumber} no longer matches the content that was approved, so nothing can be issued from it.";
        }

        if (_problems.TryGetValue((learner, award), out var known))
        {
            return known;
        }

        string? problem;

        // The design content is a mutable object graph shared by the requests that use this entry: one check at a time reads it.
        lock (_gate)
        {
            Interlocked.Increment(ref _runs);
            var errors = CredentialContentBuilder.Check(_context, learner, _issuedOn, award);
            problem = errors.Count == 0 ? null : string.Join(" ", errors.Select(e => e.Message).Distinct());
        }

        if (_problems.Count < MaxRemembered)
        {
            _problems.TryAdd((learner, award), problem);
        }

        return problem;
    }

    /// <summary>Learners remembered per entry (a cohort holds at most 5,000); beyond that the checks simply run again.</summary>
    private const int MaxRemembered = 20_000;
}
