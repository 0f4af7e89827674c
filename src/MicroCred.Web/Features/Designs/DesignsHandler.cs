using MicroCred.Domain;
using MicroCred.Domain.Accounts;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Infrastructure.Identity;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Designs;

/// <summary>Starts designs, manages their teams and reads their history.</summary>
public sealed class DesignsHandler(MicroCredDbContext db, DesignWorkspaces workspaces, IClock clock, ILogger<DesignsHandler> logger)
{
    /// <summary>Starts a design led by the user's institution; the lead partner and the leader are filled in on W3 and W4.</summary>
    public async Task<Guid> StartAsync(string title, Guid userId, Guid institutionId, CancellationToken ct)
    {
        var now = clock.Now;
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.FullName, u.Email }).SingleAsync(ct);
        var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId).Select(i => new { i.Name, i.IsDegreeAwarding }).SingleAsync(ct);
        var design = CourseDesign.Start(title, institutionId, userId, institutionId, now);

        var lead = new Partner
        {
            Id = Guid.NewGuid(),
            InstitutionId = institutionId,
            OrganisationType = institution.IsDegreeAwarding ? OrganisationType.HigherEducationInstitution : null,
            DegreeAwarding = institution.IsDegreeAwarding,
            PartnerRole = PartnerRole.LeadInstitution,
            ContactUserId = userId.ToString(),
            ContactName = user.FullName,
            ContactEmail = user.Email,
        };
        var partnership = new PartnershipStep { Partners = [lead] };
        var team = new CourseTeamStep
        {
            Members = [new TeamMember { Id = Guid.NewGuid(), UserId = userId.ToString(), FullName = user.FullName, Email = user.Email, PartnerId = lead.Id, TeamRole = TeamRole.CourseTeamLeader, StaffMember = true }],
        };

        db.CourseDesigns.Add(design);
        db.DesignSteps.Add(NewStep(design.Id, WizardStep.Partnership, partnership, userId, now));
        db.DesignSteps.Add(NewStep(design.Id, WizardStep.CourseTeam, team, userId, now));
        db.DesignChanges.Add(new DesignChange(design.Id, null, userId, now, $"Design started with {institution.Name} as lead institution."));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Design {DesignId} started by user {UserId}", design.Id, userId);
        return design.Id;
    }

    public async Task<TeamViewModel?> TeamAsync(Guid designId, Guid userId, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(designId, userId, ct);
        if (workspace is null)
        {
            return null;
        }

        var memberIds = workspace.Design.Members.Select(m => m.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).Select(u => new { u.Id, u.FullName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        var members = workspace.Design.Members
            .OrderBy(m => m.Role).ThenBy(m => people[m.UserId].FullName)
            .Select(m => new TeamMemberRow(m.UserId, people[m.UserId].FullName, people[m.UserId].Email ?? "", workspace.InstitutionNames.GetValueOrDefault(m.InstitutionId, "—"), m.Role))
            .ToList();

        var candidates = workspace.IsLeader ? await CandidatesAsync(workspace, ct) : [];
        return new TeamViewModel(designId, workspace.Design.Title, workspace.IsLeader, members, candidates);
    }

    /// <summary>People of the partner institutions (W3) who can join: active, not yet on the team, not platform administrators.</summary>
    private async Task<IReadOnlyList<CandidateRow>> CandidatesAsync(DesignWorkspace workspace, CancellationToken ct)
    {
        var partnerInstitutions = workspace.Content.Partnership.Partners.Select(p => p.InstitutionId).OfType<Guid>().Append(workspace.Design.LeadInstitutionId).Distinct().ToList();
        var memberIds = workspace.Design.Members.Select(m => m.UserId).ToList();
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Administrator).Select(r => r.Id).SingleAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.InstitutionId != null && partnerInstitutions.Contains(u.InstitutionId!.Value) && !memberIds.Contains(u.Id))
            .Where(u => !db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRoleId))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.InstitutionId })
            .ToListAsync(ct);
        return [.. users.Select(u => new CandidateRow(u.Id, $"{u.FullName} — {workspace.InstitutionNames.GetValueOrDefault(u.InstitutionId!.Value, "")}"))];
    }

    /// <summary>Who may change the team is decided before the form is read: outside the team the design does not exist.</summary>
    public async Task<TeamOutcome> AddMemberAsync(Guid designId, Guid leaderId, Guid? newMemberId, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(designId, leaderId, ct, track: true);
        if (workspace is null)
        {
            return TeamOutcome.NotFound;
        }

        if (!workspace.IsLeader)
        {
            return TeamOutcome.Forbidden;
        }

        if (newMemberId is null)
        {
            return TeamOutcome.Refused("Choose the person to add.");
        }

        var candidate = (await CandidatesAsync(workspace, ct)).FirstOrDefault(c => c.UserId == newMemberId);
        if (candidate is null)
        {
            return TeamOutcome.Refused("Choose a person from the list. Only people of the partner institutions can join the team.");
        }

        var user = await db.Users.SingleAsync(u => u.Id == newMemberId, ct);
        var now = clock.Now;
        workspace.Design.AddMember(user.Id, user.InstitutionId!.Value, now);
        AddToTeamStep(workspace, user, leaderId, now);
        db.DesignChanges.Add(new DesignChange(designId, WizardStep.CourseTeam, leaderId, now, $"{user.FullName} joined the course team."));
        await db.SaveChangesAsync(ct);
        return TeamOutcome.Done($"{user.FullName} has joined the course team.");
    }

    public async Task<TeamOutcome> RemoveMemberAsync(Guid designId, Guid leaderId, Guid memberId, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(designId, leaderId, ct, track: true);
        if (workspace is null)
        {
            return TeamOutcome.NotFound;
        }

        if (!workspace.IsLeader)
        {
            return TeamOutcome.Forbidden;
        }

        try
        {
            workspace.Design.RemoveMember(memberId, clock.Now);
        }
        catch (DomainException e)
        {
            return TeamOutcome.Refused(e.Message);
        }

        var name = await db.Users.Where(u => u.Id == memberId).Select(u => u.FullName).SingleAsync(ct);
        db.DesignChanges.Add(new DesignChange(designId, WizardStep.CourseTeam, leaderId, clock.Now, $"{name} left the course team."));
        await db.SaveChangesAsync(ct);
        return TeamOutcome.Done($"{name} is no longer on the course team. Their rows in the design stay as they are.");
    }

    public async Task<HistoryViewModel?> HistoryAsync(Guid designId, Guid userId, MicroCred.Web.Features.Shared.PageRequest request, CancellationToken ct)
    {
        // Only the team sees the history; the title and the membership are all this page needs of the design.
        var title = await db.CourseDesigns.AsNoTracking()
            .Where(d => d.Id == designId && d.Members.Any(m => m.UserId == userId))
            .Select(d => d.Title).SingleOrDefaultAsync(ct);
        if (title is null)
        {
            return null;
        }

        var entries = await MicroCred.Web.Features.Shared.Paging.PageAsync(
            from c in db.DesignChanges.AsNoTracking()
            join u in db.Users.AsNoTracking() on c.UserId equals u.Id
            where c.DesignId == designId
            orderby c.At descending, c.Id
            select new HistoryRow(c.At, u.FullName, c.Step, c.Summary),
            request,
            ct,
            pageSize: 50);
        return new HistoryViewModel(designId, title, entries);
    }

    /// <summary>Adds the new member to W4 (unless already listed) so the team's roles and tasks can be filled in.</summary>
    private void AddToTeamStep(DesignWorkspace workspace, AppUser user, Guid by, DateTimeOffset now)
    {
        var team = workspace.Content.CourseTeam;
        if (team.Members.Any(m => m.UserId == user.Id.ToString()))
        {
            return;
        }

        var partner = workspace.Content.Partnership.Partners.FirstOrDefault(p => p.InstitutionId == user.InstitutionId);
        team.Members.Add(new TeamMember { Id = Guid.NewGuid(), UserId = user.Id.ToString(), FullName = user.FullName, Email = user.Email, PartnerId = partner?.Id, TeamRole = TeamRole.CourseTeamMember, StaffMember = true });
        var stored = workspace.Stored(WizardStep.CourseTeam);
        if (stored is null)
        {
            db.DesignSteps.Add(NewStep(workspace.Design.Id, WizardStep.CourseTeam, team, by, now));
        }
        else
        {
            stored.Save(DesignContentJson.Serialize(team), stored.MarkedComplete, by, now);
        }
    }

    private static DesignStep NewStep(Guid designId, WizardStep step, object content, Guid by, DateTimeOffset now)
    {
        var stored = new DesignStep(designId, step);
        stored.Save(DesignContentJson.Serialize(content), markedComplete: false, by, now);
        return stored;
    }
}

public sealed record TeamViewModel(Guid DesignId, string Title, bool CanManage, IReadOnlyList<TeamMemberRow> Members, IReadOnlyList<CandidateRow> Candidates);

public sealed record TeamMemberRow(Guid UserId, string FullName, string Email, string Institution, DesignRole Role);

public sealed record CandidateRow(Guid UserId, string Text);

public sealed record HistoryViewModel(Guid DesignId, string Title, MicroCred.Web.Features.Shared.Paged<HistoryRow> Entries);

public sealed record HistoryRow(DateTimeOffset At, string By, WizardStep? Step, string Summary);

public sealed record TeamOutcome(TeamOutcomeKind Kind, string? Message = null)
{
    public static TeamOutcome NotFound { get; } = new(TeamOutcomeKind.NotFound);

    public static TeamOutcome Forbidden { get; } = new(TeamOutcomeKind.Forbidden);

    public static TeamOutcome Refused(string message) => new(TeamOutcomeKind.Refused, message);

    public static TeamOutcome Done(string message) => new(TeamOutcomeKind.Done, message);
}

public enum TeamOutcomeKind
{
    Done,
    Refused,
    NotFound,
    Forbidden,
}
