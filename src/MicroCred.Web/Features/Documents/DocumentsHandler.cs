using MicroCred.Documents.Rendering;
using MicroCred.Documents.Templates;
using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Documents;

/// <summary>
/// The documents of a design's frozen versions. The course team sees every version and the consortium agreement; the
/// institution administrators of the issuing institution of a published design see the course descriptions too.
/// Anyone else gets nothing (404).
/// </summary>
public sealed class DocumentsHandler(MicroCredDbContext db, PdfRenderer renderer, IClock clock)
{
    public async Task<DocumentsPage?> PageAsync(Guid designId, Guid userId, Guid? institutionId, bool isInstitutionAdmin, CancellationToken ct)
    {
        var access = await AccessAsync(designId, userId, institutionId, isInstitutionAdmin, ct);
        if (access is null)
        {
            return null;
        }

        var upTo = LastVisibleVersion(access.Value);
        var versions = await db.DesignVersions.AsNoTracking().Where(v => v.DesignId == designId && v.Number <= upTo).OrderByDescending(v => v.Number).ToListAsync(ct);
        var rows = versions.Select(v => new VersionRow(v.Number, GateText(v.Gate), v.SubmittedAt, v.Outcome, v.DecidedAt, IsApproved(v))).ToList();
        return new DocumentsPage(designId, access.Value.Design.Title, access.Value.Team, rows);
    }

    /// <summary>The course description of one frozen version, or the missing items (R-DOC-01) when it cannot be printed.</summary>
    public async Task<DocumentResult?> CourseDescriptionAsync(Guid designId, int number, Guid userId, Guid? institutionId, bool isInstitutionAdmin, CancellationToken ct)
    {
        var access = await AccessAsync(designId, userId, institutionId, isInstitutionAdmin, ct);
        if (access is null)
        {
            return null;
        }

        var version = await db.DesignVersions.AsNoTracking().SingleOrDefaultAsync(v => v.DesignId == designId && v.Number == number, ct);
        if (version is null || version.Number > LastVisibleVersion(access.Value))
        {
            return null;
        }

        var content = version.ReadContent();
        var ctx = new DesignCheckContext(content, await FactsAsync(ct), DateOnly.FromDateTime((version.DecidedAt ?? version.SubmittedAt).UtcDateTime));
        var missing = CourseDescriptionDocument.MissingItems(ctx);
        if (missing.Count > 0)
        {
            return new DocumentResult(access.Value.Design.Title, null, null, missing);
        }

        var approved = IsApproved(version);
        var model = CourseDescriptionDocument.Build(new CourseDescriptionInput(
            content, ctx.Institutions, version.Number, approved, approved ? DateOnly.FromDateTime(version.DecidedAt!.Value.UtcDateTime) : null, clock.Now));
        var name = $"course-description-{Slug(content.CoursePlan.Title ?? access.Value.Design.Title)}-v{version.Number}{(approved ? "" : "-draft")}.pdf";
        return new DocumentResult(access.Value.Design.Title, renderer.Render(model), name, []);
    }

    /// <summary>
    /// An approved version as an ELM learning opportunity (JSON-LD), for the same people as its course description; null when
    /// the version does not exist, is not approved, or the user may not see it.
    /// </summary>
    public async Task<DocumentResult?> LearningOpportunityAsync(Guid designId, int number, Guid userId, Guid? institutionId, bool isInstitutionAdmin, Uri id, Func<Guid, Uri> institutionUrl, CancellationToken ct)
    {
        var access = await AccessAsync(designId, userId, institutionId, isInstitutionAdmin, ct);
        if (access is null)
        {
            return null;
        }

        var version = await db.DesignVersions.AsNoTracking().SingleOrDefaultAsync(v => v.DesignId == designId && v.Number == number, ct);
        if (version is null || !IsApproved(version) || version.Number > LastVisibleVersion(access.Value))
        {
            return null;
        }

        var content = version.ReadContent();
        var opportunity = LearningOpportunityBuilder.Build(content, await FactsAsync(ct), id, institutionUrl);
        var bytes = System.Text.Encoding.UTF8.GetBytes(opportunity.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        return new DocumentResult(access.Value.Design.Title, bytes, $"learning-opportunity-{Slug(content.CoursePlan.Title ?? access.Value.Design.Title)}-v{version.Number}.jsonld", []);
    }

    /// <summary>The consortium agreement of the design as it stands, with the signatures recorded so far (team only).</summary>
    public async Task<DocumentResult?> AgreementAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var access = await AccessAsync(designId, userId, null, false, ct);
        if (access is not { Team: true })
        {
            return null;
        }

        var steps = await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == designId).ToListAsync(ct);
        var content = DesignContentJson.Assemble(steps);
        var signatures = await db.AgreementSignatures.AsNoTracking().Where(s => s.DesignId == designId).ToListAsync(ct);
        var model = ConsortiumAgreementDocument.Build(new ConsortiumAgreementInput(content, await FactsAsync(ct), clock.Now)
        {
            RecordedSignatures = [.. signatures.Select(s => new RecordedSignature(s.PartnerId, s.SignerName, s.SignerRole, DateOnly.FromDateTime(s.SignedAt.UtcDateTime)))],
        });
        return new DocumentResult(access.Value.Design.Title, renderer.Render(model), $"consortium-agreement-{Slug(access.Value.Design.Title)}.pdf", []);
    }

    /// <summary>A version counts as approved once its quality gate approved it; any other frozen version prints as DRAFT.</summary>
    public static bool IsApproved(DesignVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.Outcome == DecisionOutcome.Approved;
    }

    /// <summary>The team sees every version; an administrator off the team sees none of an open revision's own versions.</summary>
    private static int LastVisibleVersion((CourseDesign Design, bool Team) access) =>
        access.Team ? int.MaxValue : access.Design.RevisionOf ?? int.MaxValue;

    private async Task<(CourseDesign Design, bool Team)?> AccessAsync(Guid designId, Guid userId, Guid? institutionId, bool isInstitutionAdmin, CancellationToken ct)
    {
        var design = await db.CourseDesigns.AsNoTracking().Include(d => d.Members).SingleOrDefaultAsync(d => d.Id == designId, ct);
        if (design is null)
        {
            return null;
        }

        if (design.IsMember(userId))
        {
            return (design, true);
        }

        // While a revision is open the published version stays on offer, and with it its documents.
        if (!isInstitutionAdmin || institutionId is null || !design.HasPublishedVersion)
        {
            return null;
        }

        var published = await db.DesignVersions.AsNoTracking()
            .Where(v => v.DesignId == designId && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return published is not null && Cohort.IssuingInstitutionOf(published.ReadContent()) == institutionId ? (design, false) : null;
    }

    private async Task<IReadOnlyDictionary<Guid, InstitutionFacts>> FactsAsync(CancellationToken ct) =>
        (await InstitutionFactsSnapshot.LoadAsync(db, ct)).Facts;

    private static string GateText(Gate gate) => gate switch
    {
        Gate.G1 => "Design review",
        Gate.G2 => "Development review",
        _ => "Approval for publication",
    };

    private static string Slug(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "design" : slug.Length > 60 ? slug[..60] : slug;
    }
}

public sealed record DocumentsPage(Guid DesignId, string Title, bool IsTeam, IReadOnlyList<VersionRow> Versions);

public sealed record VersionRow(int Number, string Gate, DateTimeOffset SubmittedAt, DecisionOutcome? Outcome, DateTimeOffset? DecidedAt, bool Approved);

public sealed record DocumentResult(string DesignTitle, byte[]? Pdf, string? FileName, IReadOnlyList<Finding> Missing);
