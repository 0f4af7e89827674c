using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Web.Features.Cohorts;
using MicroCred.Web.Features.Credentials;

namespace MicroCred.Web.Tests.Cohorts;

/// <summary>The per-result learner counts of the cohort and issuing pages, and the award table of a frozen version, on their own.</summary>
public class LearnerTallyTests
{
    [Fact]
    public void A_tally_adds_up_per_result_drops_empty_results_and_lists_no_result_first_then_by_stored_name()
    {
        var tally = new LearnerTally([(LearnerResult.Passed, 3), (null, 2), (LearnerResult.Failed, 0), (LearnerResult.AttendanceOnly, 1), (LearnerResult.Passed, 4)]);

        Assert.Equal(10, tally.Total);
        Assert.Equal(2, tally.WithoutResult);
        Assert.Equal([(null, 2), (LearnerResult.AttendanceOnly, 1), (LearnerResult.Passed, 7)], tally.ByResult);
        Assert.Equal(0, LearnerTally.Empty.Total);
    }

    [Fact]
    public void Taking_the_holders_away_leaves_the_learners_still_waiting_per_result()
    {
        var learners = new LearnerTally([(LearnerResult.Passed, 5), (LearnerResult.Failed, 2), (LearnerResult.AttendanceOnly, 1)]);
        var holders = new LearnerTally([(LearnerResult.Passed, 5), (LearnerResult.AttendanceOnly, 1)]);

        var waiting = learners.Without(holders);

        Assert.Equal([(LearnerResult.Failed, 2)], waiting.ByResult);
        Assert.Equal(learners.ByResult, learners.Without(LearnerTally.Empty).ByResult);
    }

    [Theory]
    [InlineData(AwardType.EctsCredits, true)]
    [InlineData(AwardType.BadgeOfCompletion, false)]
    [InlineData(AwardType.BadgeOfParticipation, true)]
    public void The_award_of_each_result_is_the_one_issuing_gives(AwardType type, bool attendanceRoute)
    {
        var content = new DesignContent();
        content.Award.AwardType = type;
        content.Award.AttendanceOnlyRoute = attendanceRoute;
        content.CoursePlan.Title = "Course title";

        var course = new IssueCourse(3, "HASH", intact: true, content);

        Assert.Equal("Course title", course.Title);
        Assert.Equal(3, course.VersionNumber);
        foreach (var result in IssueCourse.Results)
        {
            Assert.Equal(CredentialContentBuilder.AwardFor(result, content.Award), course.AwardFor(result));
        }

        Assert.Equal(4, IssueCourse.Results.Count);
        Assert.NotNull(course.AwardFor(LearnerResult.Passed));
        Assert.Null(course.AwardFor(null));
    }
}
