using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Notifications;

/// <summary>
/// The people around a design outside its team: the institutions of its partners (step W3 plus the lead institution),
/// and the quality assurance officers and institution administrators of those institutions.
/// </summary>
public sealed class DesignAudience(MicroCredDbContext db)
{
    /// <summary>The lead institution and every partner institution of the design's current partnership step.</summary>
    public async Task<IReadOnlyList<Guid>> PartnerInstitutionsAsync(CourseDesign design, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(design);
        var json = await db.DesignSteps.AsNoTracking()
            .Where(s => s.DesignId == design.Id && s.Step == WizardStep.Partnership)
            .Select(s => s.ContentJson)
            .SingleOrDefaultAsync(ct);
        var partners = json is null ? [] : ((PartnershipStep)DesignContentJson.Deserialize(WizardStep.Partnership, json)).Partners;
        return [.. partners.Select(p => p.InstitutionId).OfType<Guid>().Append(design.LeadInstitutionId).Distinct()];
    }

    /// <summary>Active QA officers of the partner institutions who are not on the design's team: those who may review it.</summary>
    public async Task<IReadOnlyList<AppUser>> CoveringQaOfficersAsync(CourseDesign design, CancellationToken ct) =>
        await PeopleWithRoleAsync(design, Roles.QaOfficer, ct);

    /// <summary>Active institution administrators of the partner institutions.</summary>
    public async Task<IReadOnlyList<AppUser>> InstitutionAdminsAsync(CourseDesign design, CancellationToken ct) =>
        await PeopleWithRoleAsync(design, Roles.InstitutionAdmin, ct);

    public async Task<bool> IsCoveringQaOfficerAsync(CourseDesign design, Guid userId, CancellationToken ct) =>
        (await CoveringQaOfficersAsync(design, ct)).Any(u => u.Id == userId);

    public async Task<bool> IsInstitutionAdminAsync(CourseDesign design, Guid userId, CancellationToken ct) =>
        (await InstitutionAdminsAsync(design, ct)).Any(u => u.Id == userId);

    private async Task<IReadOnlyList<AppUser>> PeopleWithRoleAsync(CourseDesign design, string role, CancellationToken ct)
    {
        var institutions = await PartnerInstitutionsAsync(design, ct);
        var team = design.Members.Select(m => m.UserId).ToList();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync(ct);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.InstitutionId != null && institutions.Contains(u.InstitutionId!.Value) && !team.Contains(u.Id))
            .Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .OrderBy(u => u.FullName)
            .ToListAsync(ct);
    }
}
