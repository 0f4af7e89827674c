using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using static MicroCred.Domain.Checks.Rules.RuleHelpers;

namespace MicroCred.Domain.Checks.Rules;

/// <summary>W4 course team and phase plan.</summary>
internal static class TeamRules
{
    private const WizardStep Step = WizardStep.CourseTeam;

    public static void Apply(DesignCheckContext ctx, FindingList f)
    {
        Team01OneLeaderFromLead(ctx, f);
        Team02EveryUniversityRepresented(ctx, f);
        Team03LearnerRepresentative(ctx, f);
        Team04PhaseLengths(ctx.Content.CourseTeam, f);
        Team05Horizon(ctx, f);
        Team06TasksCovered(ctx.Content.CourseTeam, f);
    }

    // R-TEAM-01
    private static void Team01OneLeaderFromLead(DesignCheckContext ctx, FindingList f)
    {
        var leaders = ctx.Content.CourseTeam.Members.Where(m => m.TeamRole == TeamRole.CourseTeamLeader).ToList();
        if (leaders.Count != 1)
        {
            f.Error("R-TEAM-01", Step, "Members",
                leaders.Count == 0 ? "Name a course team leader." : $"{leaders.Count} people are marked as course team leader; keep exactly one.");
            return;
        }

        var leader = leaders[0];
        var lead = ctx.Content.Lead();
        if (lead is not null && leader.PartnerId != lead.Id)
        {
            f.Error("R-TEAM-01", Step, $"Members[{leader.Id}].PartnerId",
                $"Team leader {leader.FullName} must come from the lead institution {Describe.Partner(ctx, lead)}.", leader.Id);
        }

        if (!leader.StaffMember)
        {
            f.Error("R-TEAM-01", Step, $"Members[{leader.Id}].StaffMember",
                $"Team leader {leader.FullName} must be a staff member of the lead university.", leader.Id);
        }
    }

    // R-TEAM-02
    private static void Team02EveryUniversityRepresented(DesignCheckContext ctx, FindingList f)
    {
        foreach (var p in CoreUniversities(ctx.Content))
        {
            var represented = ctx.Content.CourseTeam.Members.Any(m =>
                m.PartnerId == p.Id && m.TeamRole is TeamRole.CourseTeamLeader or TeamRole.CourseTeamMember);
            if (!represented)
            {
                f.Error("R-TEAM-02", Step, "Members",
                    $"{Describe.Partner(ctx, p)} has no course team member; every partner university needs someone who represents it.", p.Id);
            }
        }
    }

    // R-TEAM-03
    private static void Team03LearnerRepresentative(DesignCheckContext ctx, FindingList f)
    {
        if (!ctx.Content.CourseTeam.Members.Any(m => m.TeamRole == TeamRole.LearnerRepresentative))
        {
            f.Warning("R-TEAM-03", Step, "Members", "No learner representative is on the team; invite one to take part in design and evaluation.");
        }
    }

    // R-TEAM-04 (also warns when the first delivery leaves less than six months of development)
    private static void Team04PhaseLengths(CourseTeamStep s, FindingList f)
    {
        if (s.DesignStart is { } start && s.DesignEnd is { } designEnd && start.AddMonths(3) > designEnd)
        {
            f.Warning("R-TEAM-04", Step, "DesignEnd",
                $"The design phase runs from {Dates.Long(start)} to {Dates.Long(designEnd)}, less than the three months a joint design usually needs.");
        }

        if (s.DesignEnd is { } end && s.DevelopmentEnd is { } devEnd && end.AddMonths(6) > devEnd)
        {
            f.Warning("R-TEAM-04", Step, "DevelopmentEnd",
                $"Development ends on {Dates.Long(devEnd)}, less than six months after the design phase; plan at least six months to develop the units.");
        }
        else if (s.DesignEnd is { } end2 && s.FirstDelivery is { } first && end2.AddMonths(6) > first)
        {
            f.Warning("R-TEAM-04", Step, "FirstDelivery",
                $"The first delivery on {Dates.Long(first)} leaves less than six months of development after the design phase.");
        }
    }

    // R-TEAM-05
    private static void Team05Horizon(DesignCheckContext ctx, FindingList f)
    {
        if (ctx.Content.CourseTeam.ImplementationHorizonYears is { } years && years < ctx.Settings.MinImplementationYears)
        {
            f.Warning("R-TEAM-05", Step, "ImplementationHorizonYears",
                $"The partners plan to run the course for {years} year(s); the design effort only pays back over at least {ctx.Settings.MinImplementationYears} years.");
        }
    }

    // R-TEAM-06
    private static void Team06TasksCovered(CourseTeamStep s, FindingList f)
    {
        foreach (var task in Enum.GetValues<TeamTask>())
        {
            if (!s.Members.Any(m => m.Tasks.Contains(task)))
            {
                f.Error("R-TEAM-06", Step, "Members", $"Nobody on the team is responsible for {Describe.Words(task)}; assign it to at least one member.");
            }
        }
    }
}
