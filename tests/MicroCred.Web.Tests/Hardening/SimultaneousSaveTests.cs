using System.Net;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Tests.Review;
using MicroCred.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MicroCred.Web.Tests.Hardening;

/// <summary>
/// Checks made before saving cannot see a save happening at the same instant; a unique index settles it. The race is made
/// exact: while the first administrator's save is about to run, the second administrator's whole request runs first.
/// </summary>
public sealed class SimultaneousSaveTests(SimultaneousSaveTests.Fixture fixture) : IClassFixture<SimultaneousSaveTests.Fixture>
{
    [Fact]
    public async Task Two_administrators_recording_the_same_board_approval_at_the_same_instant_keep_one_and_the_second_is_told()
    {
        var factory = fixture.Factory;
        var designId = await factory.CopyOfCompleteDesignAsync("Board approval race");
        var url = $"/designs/{designId}/approvals";
        using var first = factory.Browser();
        using var second = factory.Browser();
        await first.LoginAsync(ReviewSetup.InstitutionAdmin);
        await second.LoginAsync(ReviewSetup.InstitutionAdmin);
        var firstPage = await first.GetAsync(url);
        var secondPage = await second.GetAsync(url);
        var boardId = firstPage.Document.QuerySelector("select#Board_BoardId option[value]:not([value=''])")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string reference) => new()
        {
            ["Board.BoardId"] = boardId, ["Board.Body"] = "Faculty board", ["Board.ApprovedOn"] = "2026-10-02", ["Board.Reference"] = reference,
        };

        TestBrowser.Page? secondAnswer = null;
        fixture.Interceptor.BeforeNextSaveOf<ProgrammeBoardApproval>(async () =>
            secondAnswer = await second.PostAsync($"{url}/boards", Fields("FB-SECOND"), secondPage.AntiforgeryToken()));
        var firstAnswer = await first.PostAsync($"{url}/boards", Fields("FB-FIRST"), firstPage.AntiforgeryToken());

        Assert.NotNull(secondAnswer);
        Assert.Equal(HttpStatusCode.Redirect, secondAnswer.Status);
        Assert.Equal(HttpStatusCode.OK, firstAnswer.Status);
        Assert.Contains(firstAnswer.ErrorSummary(), e => e.StartsWith("An approval of Board of the MSc Coastal and Delta Management is already on record.", StringComparison.Ordinal));
        Assert.Equal(["FB-SECOND"], await factory.WithDbAsync(db => db.ProgrammeBoardApprovals.Where(a => a.DesignId == designId).Select(a => a.Reference).ToListAsync()));
    }

    [Fact]
    public async Task Two_administrators_creating_an_institution_of_the_same_name_at_the_same_instant_keep_one_and_the_second_is_told()
    {
        var factory = fixture.Factory;
        using var first = factory.Browser();
        using var second = factory.Browser();
        await first.LoginAsync(ReviewSetup.PlatformAdmin);
        await second.LoginAsync(ReviewSetup.PlatformAdmin);
        var firstFields = FormReading.FieldsOf(FormReading.MainForm(await first.GetAsync("/admin/institutions/new")))
            .With("Name", "Hogeschool Gelijktijdig").With("CountryCode", "NL").With("City", "Delft");
        var secondFields = FormReading.FieldsOf(FormReading.MainForm(await second.GetAsync("/admin/institutions/new")))
            .With("Name", "Hogeschool Gelijktijdig").With("CountryCode", "NL").With("City", "Leiden");

        TestBrowser.Page? secondAnswer = null;
        fixture.Interceptor.BeforeNextSaveOf<MicroCred.Domain.Institutions.Institution>(async () =>
            secondAnswer = await second.PostAsync("/admin/institutions/new", secondFields, antiforgeryToken: null));
        var firstAnswer = await first.PostAsync("/admin/institutions/new", firstFields, antiforgeryToken: null);

        Assert.NotNull(secondAnswer);
        Assert.Equal(HttpStatusCode.Redirect, secondAnswer.Status);
        Assert.Equal(HttpStatusCode.OK, firstAnswer.Status);
        Assert.Equal("An institution with this name already exists.", firstAnswer.FieldError("Name"));
        Assert.Equal("Delft", firstAnswer.InputValue("City"));
        Assert.Equal(["Leiden"], await factory.WithDbAsync(db => db.Institutions.Where(i => i.Name == "Hogeschool Gelijktijdig").Select(i => i.City).ToListAsync()));
    }

    public sealed class Fixture : IDisposable
    {
        public Fixture() => Factory.TestServices = s => s.ConfigureDbContext<MicroCredDbContext>(o => o.AddInterceptors(Interceptor));

        public MicroCredFactory Factory { get; } = new();

        public RaceInterceptor Interceptor { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    /// <summary>Runs a given action once, just before the next save that adds an entity of the given type.</summary>
    public sealed class RaceInterceptor : SaveChangesInterceptor
    {
        private (Type Entity, Func<Task> Action)? _before;
        private readonly Lock _lock = new();

        public void BeforeNextSaveOf<T>(Func<Task> action)
        {
            lock (_lock)
            {
                _before = (typeof(T), action);
            }
        }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Func<Task>? action = null;
            if (eventData.Context is { } context)
            {
                lock (_lock)
                {
                    if (_before is { } before && context.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Entity.GetType() == before.Entity))
                    {
                        action = before.Action;
                        _before = null;
                    }
                }
            }

            if (action is not null)
            {
                await action();
            }

            return result;
        }
    }
}
