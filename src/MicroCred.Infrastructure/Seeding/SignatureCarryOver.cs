using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>
/// Signatures of the consortium agreement are kept in one place, the signature records. Step 21 used to have signature rows
/// too; on start, every signed row left there becomes a record (unless the partner's signature is already on record) and the
/// rows are removed from step 21, so the two can no longer disagree. Rows never signed carry no fact and are dropped.
/// Runs in one save per design and does nothing once no step 21 holds rows.
/// </summary>
public static class SignatureCarryOver
{
    public static async Task<int> RunAsync(MicroCredDbContext db, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var steps = await db.DesignSteps.Where(s => s.Step == WizardStep.ConsortiumAgreement).ToListAsync(ct);
        var moved = 0;
        foreach (var step in steps)
        {
            var agreement = (ConsortiumAgreementStep)DesignContentJson.Deserialize(WizardStep.ConsortiumAgreement, step.ContentJson);
            if (agreement.Signatories.Count == 0)
            {
                continue;
            }

            var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == step.DesignId, ct);
            var leaderId = design.Members.FirstOrDefault(m => m.Role == DesignRole.TeamLeader)?.UserId ?? step.LastEditedById ?? Guid.Empty;
            var leaderName = await db.Users.Where(u => u.Id == leaderId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "The course team";
            var partnershipJson = await db.DesignSteps.Where(s => s.DesignId == step.DesignId && s.Step == WizardStep.Partnership).Select(s => s.ContentJson).FirstOrDefaultAsync(ct);
            var partners = partnershipJson is null ? [] : ((PartnershipStep)DesignContentJson.Deserialize(WizardStep.Partnership, partnershipJson)).Partners;
            var onRecord = await db.AgreementSignatures.Where(s => s.DesignId == step.DesignId).Select(s => s.PartnerId).ToListAsync(ct);

            foreach (var row in agreement.Signatories)
            {
                var partner = partners.FirstOrDefault(p => p.Id == row.PartnerId);
                if (partner is null || row.SignedOn is not { } signedOn || string.IsNullOrWhiteSpace(row.SignerName) || onRecord.Contains(partner.Id))
                {
                    continue;
                }

                var (signature, entry) = AgreementSignature.CarriedOverFromStep21(design.Id, partner, row.SignerName, signedOn, leaderId, leaderName, now);
                db.AgreementSignatures.Add(signature);
                db.TimelineEntries.Add(entry);
                onRecord.Add(partner.Id);
                moved++;
            }

            agreement.Signatories = [];
            step.Save(DesignContentJson.Serialize(agreement), step.MarkedComplete, step.LastEditedById ?? leaderId, step.LastEditedAt ?? now);
            await db.SaveChangesAsync(ct);
        }

        if (moved > 0)
        {
            logger.LogInformation("{Count} consortium agreement signature(s) moved from step 21 to the signature records", moved);
        }

        return moved;
    }
}
