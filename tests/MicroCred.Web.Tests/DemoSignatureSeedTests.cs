using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Seeding;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace MicroCred.Web.Tests;

/// <summary>
/// The demo data writes consortium agreement signatures as signature records from the start: no step 21 row or frozen
/// version holds signatory rows, and the start-up move for old databases (SignatureCarryOver) finds nothing to do.
/// </summary>
public sealed class DemoSignatureSeedTests : IDisposable
{
    private readonly MicroCredFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_demo_signatures_are_records_and_nothing_is_carried_over_from_step_21()
    {
        var designs = await _app.WithDbAsync(db => db.CourseDesigns.AsNoTracking().ToDictionaryAsync(d => d.Title, d => d.Id));
        var complete = designs[SampleDesigns.CompleteTitle];
        var published = designs[SampleDesigns.PublishedTitle];

        var signatures = await _app.WithDbAsync(db => db.AgreementSignatures.AsNoTracking().ToListAsync());
        Assert.Equal(3, signatures.Count(s => s.DesignId == complete));
        Assert.Equal(3, signatures.Count(s => s.DesignId == published));
        Assert.DoesNotContain(signatures, s => s.SignerRole == AgreementSignature.CarriedOverRole && s.DesignId == published);

        var timeline = await _app.WithDbAsync(db => db.TimelineEntries.AsNoTracking().Where(t => t.Event == TimelineEvent.AgreementSigned).Select(t => t.Summary).ToListAsync());
        Assert.DoesNotContain(timeline, t => t.Contains("typed in step 21", StringComparison.Ordinal));

        var steps = await _app.WithDbAsync(db => db.DesignSteps.AsNoTracking().Where(s => s.Step == WizardStep.ConsortiumAgreement).ToListAsync());
        Assert.All(steps, s => Assert.Empty(((ConsortiumAgreementStep)DesignContentJson.Deserialize(WizardStep.ConsortiumAgreement, s.ContentJson)).Signatories));
        var versions = await _app.WithDbAsync(db => db.DesignVersions.AsNoTracking().Where(v => v.DesignId == published).ToListAsync());
        Assert.Equal(3, versions.Count);
        Assert.All(versions, v => Assert.Empty(v.ReadContent().ConsortiumAgreement.Signatories));

        Assert.Equal(0, await _app.WithDbAsync(db => SignatureCarryOver.RunAsync(db, DateTimeOffset.UtcNow, NullLogger.Instance, CancellationToken.None)));
    }
}
