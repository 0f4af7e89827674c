using MicroCred.Domain.Designs;

namespace MicroCred.Web.Features.Wizard.Steps.W05SupportServices;

/// <summary>One programme board of step 5 and whether its approval is on record (recorded on "Reviews, approvals and signatures").</summary>
public sealed record BoardApprovalState(string Name, string Partner, bool Approved);

/// <summary>Step 5's read-only view of the boards' approvals, with the link to where they are recorded.</summary>
public sealed record BoardApprovalsView(Guid DesignId, IReadOnlyList<BoardApprovalState> Boards)
{
    public string RecordsUrl => $"/designs/{DesignId}/approvals";

    public static BoardApprovalsView? For(Designs.DesignWorkspace workspace, Func<Guid?, string> partnerName)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(partnerName);
        var boards = workspace.Content.SupportServices.ProgrammeBoards;
        if (boards.Count == 0 && !StepCompleteness.NeedsProgrammeBoard(workspace.Content))
        {
            return null;
        }

        var approved = workspace.CheckContext.ApprovedBoardIds ?? new HashSet<Guid>();
        return new BoardApprovalsView(workspace.Design.Id, [.. boards.Select(b => new BoardApprovalState(
            string.IsNullOrWhiteSpace(b.BoardName) ? "A board without a name" : b.BoardName.Trim(), partnerName(b.PartnerId), approved.Contains(b.Id)))]);
    }
}
