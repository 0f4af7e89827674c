using MicroCred.Domain;
using MicroCred.Domain.Institutions;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.Web.Features.Admin.Institutions;

/// <summary>Lists, creates and edits institutions within the administrator's scope.</summary>
public sealed class InstitutionsHandler(MicroCredDbContext db, IClock clock, ILogger<InstitutionsHandler> logger)
{
    public async Task<Paged<InstitutionRow>> ListAsync(AdminScope scope, PageRequest request, CancellationToken ct)
    {
        var term = request.Term;
        var rows = await Paging.PageAsync(
            db.Institutions.AsNoTracking()
                .Where(i => scope.IsPlatformAdministrator || i.Id == scope.InstitutionId)
                .Where(i => term == null || i.Name.ToLower().Contains(term) || i.City.ToLower().Contains(term))
                .OrderBy(i => i.Name)
                .Select(i => new { i.Id, i.Name, i.CountryCode, i.City, i.IsDegreeAwarding, i.LegalIdentifier, HasLogo = i.Logo != null }),
            request,
            ct);
        return new Paged<InstitutionRow>(
            [.. rows.Items.Select(r => new InstitutionRow(r.Id, r.Name, Countries.NameOf(r.CountryCode), r.City, r.IsDegreeAwarding, r.LegalIdentifier is not null, r.HasLogo))],
            rows.Page, rows.PageSize, rows.Total, rows.Search);
    }

    public async Task<Institution?> FindAsync(AdminScope scope, Guid id, CancellationToken ct)
    {
        if (!scope.Covers(id))
        {
            return null;
        }

        return await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
    }

    public async Task<InstitutionLogo?> LogoAsync(Guid id, CancellationToken ct) =>
        await db.Institutions.AsNoTracking().Where(i => i.Id == id).Select(i => i.Logo).SingleOrDefaultAsync(ct);

    public async Task<SaveOutcome> CreateAsync(InstitutionForm form, InstitutionLogo? logo, CancellationToken ct)
    {
        if (await NameTakenAsync(form.Name!, null, ct))
        {
            return SaveOutcome.NameTaken;
        }

        var now = clock.Now;
        var institution = new Institution(Guid.NewGuid(), form.ToDetails(), now);
        institution.ChangeSettings(form.ToSettings(), now);
        institution.ChangeCertificateSignatory(form.SignatoryName, form.SignatoryRole, now);
        if (logo is not null)
        {
            institution.ReplaceLogo(logo, now);
        }

        db.Institutions.Add(institution);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
        {
            // Someone created an institution of the same name at the same instant; the unique index kept one.
            db.ChangeTracker.Clear();
            return SaveOutcome.NameTaken;
        }
        logger.LogInformation("Institution {InstitutionId} created", institution.Id);
        return SaveOutcome.Saved(institution.Id);
    }

    public async Task<SaveOutcome> UpdateAsync(AdminScope scope, Guid id, InstitutionForm form, InstitutionLogo? logo, CancellationToken ct)
    {
        if (!scope.Covers(id))
        {
            return SaveOutcome.NotFound;
        }

        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (institution is null)
        {
            return SaveOutcome.NotFound;
        }

        if (await NameTakenAsync(form.Name!, id, ct))
        {
            return SaveOutcome.NameTaken;
        }

        // The version the user started from: if someone saved in between, EF refuses the update.
        db.Entry(institution).Property(i => i.Version).OriginalValue = form.Version ?? Guid.Empty;

        var now = clock.Now;
        institution.Update(form.ToDetails(), now);
        institution.ChangeSettings(form.ToSettings(), now);
        institution.ChangeCertificateSignatory(form.SignatoryName, form.SignatoryRole, now);
        if (logo is not null)
        {
            institution.ReplaceLogo(logo, now);
        }
        else if (form.RemoveLogo)
        {
            institution.RemoveLogo(now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.Conflict;
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return SaveOutcome.NameTaken;
        }

        logger.LogInformation("Institution {InstitutionId} updated", id);
        return SaveOutcome.Saved(id);
    }

    private Task<bool> NameTakenAsync(string name, Guid? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.Institutions.AnyAsync(i => i.Name == trimmed && i.Id != except, ct);
    }
}

public sealed record InstitutionRow(Guid Id, string Name, string Country, string City, bool IsDegreeAwarding, bool CanIssue, bool HasLogo);

public sealed record SaveOutcome(SaveStatus Status, Guid? Id = null)
{
    public static SaveOutcome NotFound { get; } = new(SaveStatus.NotFound);

    public static SaveOutcome Conflict { get; } = new(SaveStatus.Conflict);

    public static SaveOutcome NameTaken { get; } = new(SaveStatus.NameTaken);

    public static SaveOutcome Saved(Guid id) => new(SaveStatus.Saved, id);
}

public enum SaveStatus
{
    Saved,
    NotFound,
    Conflict,
    NameTaken,
}
