using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MicroCred.Infrastructure.Seeding;

/// <summary>
/// Programme board approvals are kept in one place, the approval records. Step 5 used to ask each board's approval and decision
/// date too; on start, every board marked approved there becomes a record (unless its approval is already on record) and the
/// typed approval and date are cleared from step 5, so the two can no longer disagree. A status other than "approved" carries
/// no recorded approval and is cleared. Runs in one save per design and does nothing once no step 5 holds a typed approval.
/// </summary>
public static class BoardApprovalCarryOver
{
    public static async Task<int> RunAsync(MicroCredDbContext db, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var steps = await db.DesignSteps.Where(s => s.Step == WizardStep.SupportServices).ToListAsync(ct);
        var moved = 0;
        foreach (var step in steps)
        {
            var support = (SupportServicesStep)DesignContentJson.Deserialize(WizardStep.SupportServices, step.ContentJson);
            var typed = support.ProgrammeBoards.Where(b => b.ApprovalStatus is not null || b.DecisionDate is not null).ToList();
            if (typed.Count == 0)
            {
                continue;
            }

            var design = await db.CourseDesigns.Include(d => d.Members).SingleAsync(d => d.Id == step.DesignId, ct);
            var leaderId = design.Members.FirstOrDefault(m => m.Role == DesignRole.TeamLeader)?.UserId ?? step.LastEditedById ?? Guid.Empty;
            var leaderName = await db.Users.Where(u => u.Id == leaderId).Select(u => u.FullName).FirstOrDefaultAsync(ct) ?? "The course team";
            var onRecord = await db.ProgrammeBoardApprovals.Where(a => a.DesignId == step.DesignId).Select(a => a.BoardId).ToListAsync(ct);
            var savedOn = DateOnly.FromDateTime((step.LastEditedAt ?? now).UtcDateTime);

            foreach (var board in typed)
            {
                if (board.ApprovalStatus == BoardApprovalStatus.Approved && !onRecord.Contains(board.Id))
                {
                    var (approval, entry) = ProgrammeBoardApproval.CarriedOverFromStep5(design.Id, board, board.DecisionDate ?? savedOn, leaderId, leaderName, now);
                    db.ProgrammeBoardApprovals.Add(approval);
                    db.TimelineEntries.Add(entry);
                    onRecord.Add(board.Id);
                    moved++;
                }

                board.ApprovalStatus = null;
                board.DecisionDate = null;
            }

            step.Save(DesignContentJson.Serialize(support), step.MarkedComplete, step.LastEditedById ?? leaderId, step.LastEditedAt ?? now);
            await db.SaveChangesAsync(ct);
        }

        if (moved > 0)
        {
            logger.LogInformation("{Count} programme board approval(s) moved from step 5 to the approval records", moved);
        }

        return moved;
    }
}
