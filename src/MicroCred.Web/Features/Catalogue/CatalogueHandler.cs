using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Credentials.Formats;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Catalogue;

/// <summary>
/// The public course catalogue for catalogue portals: every published course as its approved version states it. The body
/// is built from frozen versions only, so its SHA-256 is a strong ETag; Last-Modified is the latest publication approval.
/// </summary>
public sealed class CatalogueHandler(MicroCredDbContext db, PublicAddress address)
{
    private static readonly JsonSerializerOptions _write = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<CatalogueDocument> BuildAsync(CancellationToken ct)
    {
        var published = await db.CourseDesigns.AsNoTracking().Where(d => d.Status == DesignStatus.Published).Select(d => d.Id).ToListAsync(ct);
        var versions = await db.DesignVersions.AsNoTracking()
            .Where(v => published.Contains(v.DesignId) && v.Gate == Gate.G3 && v.Outcome == DecisionOutcome.Approved)
            .ToListAsync(ct);
        var latest = versions.GroupBy(v => v.DesignId).Select(g => g.OrderByDescending(v => v.Number).First()).OrderBy(v => v.DesignId).ToList();
        var institutions = DesignWorkspaces.FactsOf(await db.Institutions.AsNoTracking().ToListAsync(ct));

        var courses = new JsonArray();
        foreach (var version in latest)
        {
            var content = version.ReadContent();
            var issuer = institutions.GetValueOrDefault(content.PartnerById(content.Award.IssuingInstitutionPartnerId)?.InstitutionId ?? Guid.Empty);
            var course = new JsonObject
            {
                ["id"] = version.DesignId.ToString(),
                ["title"] = content.CoursePlan.Title,
                ["version"] = version.Number,
                ["approvedOn"] = version.DecidedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["objective"] = content.LearningOutcomes.CourseObjective,
                ["ects"] = content.CoursePlan.Ects is { } ects ? (double)ects : null,
                ["notionalHours"] = (double)content.CoursePlan.NotionalHours(),
                ["eqfLevel"] = ElmNodesPublic.EqfLevel(content),
                ["mode"] = ElmNodesPublic.Mode(content),
                ["startDate"] = content.CoursePlan.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["endDate"] = content.CoursePlan.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["applicationDeadline"] = content.Admission.ApplicationDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["languages"] = new JsonArray([.. content.LanguagePolicy.InstructionLanguages.Select(l => (JsonNode)JsonValue.Create(l)!)]),
                ["issuingInstitution"] = issuer is null ? null : new JsonObject
                {
                    ["name"] = issuer.Name,
                    ["country"] = issuer.CountryCode,
                    ["profile"] = address.Absolute($"/institutions/{issuer.Id}/profile").ToString(),
                },
                ["learningOutcomes"] = new JsonArray([.. content.LearningOutcomes.Outcomes.OrderBy(o => o.Order).Select(o => (JsonNode)JsonValue.Create(o.Statement)!)]),
            };
            courses.Add(course);
        }

        var body = new JsonObject { ["courses"] = courses }.ToJsonString(_write);
        var bytes = Encoding.UTF8.GetBytes(body);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"";
        var lastModified = latest.Select(v => v.DecidedAt).Max();
        return new CatalogueDocument(bytes, etag, lastModified);
    }
}

public sealed record CatalogueDocument(byte[] Body, string ETag, DateTimeOffset? LastModified);

/// <summary>The few design readings the catalogue shares with the ELM export.</summary>
internal static class ElmNodesPublic
{
    public static int? EqfLevel(DesignContent content) => LearningOpportunityFacts.EqfLevel(content);

    public static string? Mode(DesignContent content) => LearningOpportunityFacts.Mode(content);
}
