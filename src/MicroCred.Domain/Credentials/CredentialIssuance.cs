using MicroCred.Domain.Checks;
using MicroCred.Domain.Reviews;

namespace MicroCred.Domain.Credentials;

/// <summary>A learner who was selected but received nothing, and why.</summary>
public sealed record SkippedLearner(Guid LearnerId, string Reason);

/// <summary>The outcome of one issuing run: new credentials to store, learners who already had one, and learners who get nothing.</summary>
public sealed record IssuanceResult(IReadOnlyList<IssuedCredential> Issued, IReadOnlyList<Guid> AlreadyIssued, IReadOnlyList<SkippedLearner> Skipped);

/// <summary>
/// Issues credentials to selected learners of a finalised cohort from the frozen version the cohort runs. Pure: it only returns
/// new objects. Issuing again is harmless: learners who already hold a credential are passed over.
/// </summary>
public static class CredentialIssuance
{
    /// <param name="version">The frozen design version the cohort runs.</param>
    /// <param name="institutions">Facts of the institutions named in the version (issuer, awarding bodies).</param>
    /// <param name="alreadyIssued">Learner ids of the cohort that already hold a credential (revoked ones included).</param>
    public static IssuanceResult Issue(
        Cohort cohort,
        DesignVersion version,
        IReadOnlyDictionary<Guid, InstitutionFacts> institutions,
        IReadOnlyCollection<Guid> learnerIds,
        IReadOnlyCollection<Guid> alreadyIssued,
        Actor actor,
        DateTimeOffset now,
        CredentialIssueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(institutions);
        ArgumentNullException.ThrowIfNull(learnerIds);
        ArgumentNullException.ThrowIfNull(alreadyIssued);
        cohort.EnsureManagedBy(actor);
        if (!cohort.IsFinalised)
        {
            throw new DomainException("Credentials can only be issued after the results are finalised.");
        }

        if (version.DesignId != cohort.DesignId || version.Number != cohort.DesignVersionNumber)
        {
            throw new DomainException($"This cohort runs version {cohort.DesignVersionNumber} of the design; credentials must come from that version.");
        }

        if (!version.IsIntact())
        {
            throw new DomainException($"Version {version.Number} no longer matches the content that was approved, so nothing can be issued from it.");
        }

        if (learnerIds.Count == 0)
        {
            throw new DomainException("Select at least one learner.");
        }

        var members = cohort.Learners.ToDictionary(l => l.Id);
        var selected = learnerIds.Distinct()
            .Select(id => members.GetValueOrDefault(id) ?? throw new DomainException("This learner is not in the cohort."))
            .ToList();
        var content = version.ReadContent();
        var issuedOn = DateOnly.FromDateTime(now.UtcDateTime);
        var ctx = new DesignCheckContext(content, institutions, issuedOn);
        var done = alreadyIssued.ToHashSet();
        var issued = new List<IssuedCredential>();
        var already = new List<Guid>();
        var skipped = new List<SkippedLearner>();
        foreach (var learner in selected)
        {
            if (done.Contains(learner.Id))
            {
                already.Add(learner.Id);
                continue;
            }

            if (CredentialContentBuilder.AwardFor(learner.Result, content.Award) is not { } award)
            {
                skipped.Add(new SkippedLearner(learner.Id, learner.Result switch
                {
                    LearnerResult.Failed => "did not pass, so receives no credential",
                    LearnerResult.AttendanceOnly => "took part without assessment and this course offers no attendance badge",
                    _ => "has no result",
                }));
                continue;
            }

            var certificateLearner = new CertificateLearner(learner.GivenNames, learner.FamilyName, learner.LearnerIdentifier, learner.Result == LearnerResult.AttendanceOnly);
            var errors = CredentialContentBuilder.Check(ctx, certificateLearner, issuedOn, award);
            if (errors.Count > 0)
            {
                skipped.Add(new SkippedLearner(learner.Id, string.Join(" ", errors.Select(e => $"{e.Message} ({e.RuleId})"))));
                continue;
            }

            var publicId = SecretToken.New();
            var grade = LearnerRules.Printed(learner.Grade, cohort.GradingScale, cohort.PassMark);
            var values = CredentialContentBuilder.Build(ctx, certificateLearner, issuedOn, award, publicId, grade, options, cohort.ParticipationText) with
            {
                DesignVersionNumber = version.Number,
            };
            issued.Add(new IssuedCredential(publicId, cohort, learner, award, actor, now, CredentialJson.Serialize(values)));
            done.Add(learner.Id);
        }

        return new IssuanceResult(issued, already, skipped);
    }
}
