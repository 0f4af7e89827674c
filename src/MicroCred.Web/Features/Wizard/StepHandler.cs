using System.Collections;
using MicroCred.Domain;
using MicroCred.Domain.Checks;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Schema;
using MicroCred.Infrastructure.Persistence;
using MicroCred.Web.Features.Designs;
using MicroCred.Web.Features.Wizard.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace MicroCred.Web.Features.Wizard;

/// <summary>
/// Shows and saves one wizard step. A save that has format errors stores nothing and shows the user's input
/// with the messages; an incomplete step saves. A save based on an older version of the step is refused.
/// </summary>
public sealed class StepHandler(
    MicroCredDbContext db,
    DesignWorkspaces workspaces,
    AssembledDesigns assembled,
    StepDefinitions definitions,
    DependencyFinder dependencies,
    IServiceProvider services,
    IClock clock,
    ILogger<StepHandler> logger)
{
    public const string VersionField = "__version";
    public const string CompleteField = "__complete";
    public const string CommandField = "command";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<WizardStep, IReadOnlySet<string>> _neededFields = new();

    public async Task<StepPageViewModel?> ShowAsync(Guid designId, WizardStep step, Guid userId, CancellationToken ct, Guid? openRow = null)
    {
        var shared = await workspaces.ReadAsync(designId, userId, ct);
        if (shared is null)
        {
            return null;
        }

        // The form works on the shown step's object (it tries answers on it, and a step never saved is prefilled), so that step
        // is a copy of its own; the other steps stay the shared read-only content. A prefilled step no longer matches what the
        // shared content knows of it, so that page works everything out from its own content.
        var stored = shared.Stored(step);
        var workspace = shared.WithOwnCopyOf(step, keepAssembled: stored is not null);
        var content = stored is null ? StepStart.Prefill(step, workspace.Content.Get(step)) : workspace.Content.Get(step);
        return await BuildAsync(workspace, step, content, posted: null, [], stored?.Version, stored?.MarkedComplete ?? false, conflict: false, ct,
            openRow is { } open ? new HashSet<Guid> { open } : null);
    }

    public async Task<StepSaveResult> SaveAsync(Guid designId, WizardStep step, Guid userId, IFormCollection form, CancellationToken ct)
    {
        // A save reads only what it needs. First, in one command, the design with its team (only team members may save) and its
        // steps' tokens. The step as stored and the steps the pick lists come from are only read here (the form is bound to a
        // copy of its own), so when a page has read this very state before (the step page did, as a rule) they come from its
        // shared assembled design; else only those steps are read. The check results are not needed: a save redirects, and the
        // next page runs the checks for the new state. A redisplay (locked, errors, conflict) loads the whole workspace as the
        // step page does.
        if (await workspaces.HeadAsync(designId, ct) is not { } head || !head.Design.IsMember(userId))
        {
            return StepSaveResult.NotFound;
        }

        var (design, state) = head;
        db.CourseDesigns.Attach(design);   // tracked from here on: the save touches it
        var shared = state is null ? null : assembled.Find(designId, state, design.Title);
        WizardStep[] read = [step, .. ReferenceOptions.StepsRead];
        var steps = shared?.Rows
            ?? (await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == designId && read.Contains(s.Step)).ToListAsync(ct)).ToDictionary(s => s.Step);
        var content = new DesignContent();
        foreach (var (storedStep, row) in steps)
        {
            if (read.Contains(storedStep))
            {
                content.Set(storedStep, shared?.Content.Get(storedStep) ?? DesignContentJson.Deserialize(storedStep, row.ContentJson));
            }
        }

        // The course plan is one of the steps read, so whether it was ever saved is known here.
        DesignState.ApplyWorkingTitle(content, steps.Values, design.Title);

        var definition = definitions.Get(step);
        var posted = form.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var markedComplete = posted.TryGetValue(CompleteField, out var complete) && complete.Contains("true");
        var postedVersion = posted.TryGetValue(VersionField, out var v) && Guid.TryParse(v, out var parsed) ? parsed : (Guid?)null;
        var command = posted.TryGetValue(CommandField, out var c) ? c.ToString() : "";
        var commandRow = command.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && FieldPaths.SplitRow(command[(colon + 1)..]) is { } target
            ? new HashSet<Guid> { target.RowId }
            : null;

        // 1. Read the input (kept rows are taken from a copy of the stored step, so the step as stored stays as it was for the
        // change summary); 2. check references against the pick lists; 3. run the step's validator.
        var stored = steps.GetValueOrDefault(step);
        var bound = StepFormBinder.Bind(definition, posted, stored is null ? content.Get(step) : DesignContentJson.Deserialize(step, stored.ContentJson), storedIsCopy: stored is not null);
        if (design.WhyLocked(step) is not null)
        {
            // The version under review covers this step (or the course is published): nothing is stored, the input is kept.
            logger.LogInformation("Design {DesignId} step {Step}: save refused while locked", designId, step);
            return await RedisplayAsync(designId, userId, step, bound.Content, posted, [], postedVersion, markedComplete, conflict: false, ct, commandRow);
        }

        var errors = bound.Errors.ToList();
        errors.AddRange(ReferenceProblems(definition.AllFields, bound.Content, await ValidationOptionsAsync(definition, design, content, ct), ""));
        var validation = await definition.ValidateAsync(services, bound.Content, ct);
        errors.AddRange(validation.Errors.Select(e => new FieldError(FieldPaths.FromValidatorPath(definition.Schema, bound.Content, e.PropertyName), e.ErrorMessage)));
        if (errors.Count > 0)
        {
            return await RedisplayAsync(designId, userId, step, bound.Content, posted, errors, postedVersion, markedComplete, conflict: false, ct, commandRow);
        }

        if (stored is not null && postedVersion != stored.Version)
        {
            return await RedisplayAsync(designId, userId, step, bound.Content, posted, [], postedVersion, markedComplete, conflict: true, ct, commandRow);
        }

        var before = content.Get(step);
        var removal = command.StartsWith("remove:", StringComparison.Ordinal);
        IReadOnlyDictionary<WizardStep, DesignStep> others = new Dictionary<WizardStep, DesignStep>();
        if (removal)
        {
            // Removing a row clears references to it anywhere in the design: every other stored step is needed, read afresh as a
            // copy of its own since the removal changes it.
            others = (await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == designId && s.Step != step).ToListAsync(ct)).ToDictionary(s => s.Step);
            foreach (var (storedStep, row) in others)
            {
                content.Set(storedStep, DesignContentJson.Deserialize(storedStep, row.ContentJson));
            }
        }

        var applied = ApplyCommand(definition, command, bound.Content, content, dependencies);
        content.Set(step, bound.Content);
        var now = clock.Now;
        if (stored is null)
        {
            stored = new DesignStep(designId, step);
            db.DesignSteps.Add(stored);
        }
        else
        {
            stored = stored.Copy();
            db.DesignSteps.Attach(stored);
        }

        stored.Save(DesignContentJson.Serialize(bound.Content), markedComplete, userId, now);
        var summary = ChangeSummary.Describe(definition, before, bound.Content);
        db.DesignChanges.Add(new DesignChange(designId, step, userId, now, summary));
        if (removal)
        {
            SaveOtherStepsChangedByRemoval(designId, others, content, step, userId, now);
        }

        design.Touch(now);
        if (bound.Content is MicroCred.Domain.Designs.Steps.CoursePlanStep plan && !string.IsNullOrWhiteSpace(plan.Title) && plan.Title.Trim() != design.Title)
        {
            // The course title of step 7 is the design's title everywhere (task list, dashboard, reviews); the rename is
            // kept in the history and on the timeline like any other event.
            var previous = design.Title;
            var byName = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName).SingleOrDefaultAsync(ct) ?? "A team member";
            if (design.Rename(plan.Title, userId, byName, now) is { } renamed)
            {
                db.TimelineEntries.Add(renamed);
                db.DesignChanges.Add(new DesignChange(designId, step, userId, now, CourseDesign.RenameSummary(previous, design.Title)));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RedisplayAsync(designId, userId, step, bound.Content, posted, [], postedVersion, markedComplete, conflict: true, ct, commandRow);
        }

        logger.LogInformation("Design {DesignId} step {Step} saved by user {UserId}", designId, step, userId);
        return StepSaveResult.Saved(command, applied);
    }

    /// <summary>A save that stores nothing shows the step page again with the user's input, built as the step page is.</summary>
    private async Task<StepSaveResult> RedisplayAsync(Guid designId, Guid userId, WizardStep step, object content, IReadOnlyDictionary<string, StringValues> posted,
        IReadOnlyList<FieldError> errors, Guid? version, bool markedComplete, bool conflict, CancellationToken ct, IReadOnlySet<Guid>? openRows)
    {
        var workspace = await workspaces.LoadAsync(designId, userId, ct);
        return workspace is null
            ? StepSaveResult.NotFound
            : StepSaveResult.Redisplay(await BuildAsync(workspace, step, content, posted, errors, version, markedComplete, conflict, ct, openRows));
    }

    /// <summary>
    /// The pick lists a save checks references against. Only the values count there, so the portal's institutions and people
    /// are read only when the step has a field that refers to them.
    /// </summary>
    private async Task<ReferenceOptions> ValidationOptionsAsync(StepDefinition definition, CourseDesign design, DesignContent content, CancellationToken ct)
    {
        var sources = SourcesOf(definition);
        IReadOnlyDictionary<Guid, string> institutions = sources.Contains(ReferenceSource.Institutions)
            ? await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct)
            : new Dictionary<Guid, string>();
        List<OptionView> users = [];
        if (sources.Contains(ReferenceSource.Users))
        {
            var partnerInstitutions = content.Partnership.Partners.Select(p => p.InstitutionId).OfType<Guid>().Append(design.LeadInstitutionId).Distinct().ToList();
            users = [.. (await db.Users.AsNoTracking()
                    .Where(u => u.InstitutionId != null && partnerInstitutions.Contains(u.InstitutionId!.Value))
                    .Select(u => new { u.Id, u.FullName })
                    .ToListAsync(ct))
                .Select(u => new OptionView(u.Id.ToString(), u.FullName))];
        }

        return new ReferenceOptions(content, institutions, users);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<WizardStep, IReadOnlySet<ReferenceSource>> Sources = new();

    /// <summary>The sources the step's reference fields (its rows' included) choose from.</summary>
    internal static IReadOnlySet<ReferenceSource> SourcesOf(StepDefinition definition) =>
        Sources.GetOrAdd(definition.Step, static (_, d) =>
        {
            var found = new HashSet<ReferenceSource>();
            void Visit(IEnumerable<FieldSchema> fields)
            {
                foreach (var field in fields)
                {
                    if (field.Source is { } source && field.Kind is FieldKind.Reference or FieldKind.ReferenceSet)
                    {
                        found.Add(source);
                    }
                    else if (field.Kind == FieldKind.Rows)
                    {
                        Visit(field.RowFields);
                    }
                }
            }

            Visit(d.AllFields);
            return found;
        }, definition);

    /// <summary>
    /// Adds, removes, moves or saves one row. Says where focus goes next (the new row's form, the row before a removed
    /// one or the collection itself) and what to tell the user.
    /// </summary>
    private static CommandOutcome? ApplyCommand(StepDefinition definition, string command, object content, DesignContent design, DependencyFinder dependencies)
    {
        var colon = command.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var verb = command[..colon];
        var target = command[(colon + 1)..];
        if (verb == "add")
        {
            var list = FieldPaths.FindList(definition.Schema, content, target);
            if (list is null || definition.Schema.Find(target)?.Row is not { } rowSchema)
            {
                return null;
            }

            var row = rowSchema.Create();
            var id = Guid.NewGuid();
            row.Id = id;
            list.Add(row);
            RowOrder.Renumber(list);
            return new CommandOutcome($"row-{id}", $"{Capitalise(rowSchema.Singular)} {list.Count} added. Fill in its details, then save it.", OpenRow: id);
        }

        if (FieldPaths.SplitRow(target) is not { } split || FieldPaths.FindList(definition.Schema, content, split.ListPath) is not { } rows)
        {
            return null;
        }

        var index = rows.Cast<object>().ToList().FindIndex(r => FieldPaths.RowId(r) == split.RowId);
        if (index < 0)
        {
            return null;
        }

        var noun = Capitalise(definition.Schema.Find(split.ListPath)?.Singular ?? "row");
        var anchor = $"row-{split.RowId}";
        switch (verb)
        {
            case "remove":
                rows.RemoveAt(index);
                if (definition.Schema.Find(split.ListPath)?.Row?.Provides is { } source)
                {
                    design.Set(definition.Step, content);
                    dependencies.RemoveReferences(design, source, split.RowId);
                }

                RowOrder.Renumber(rows);
                var before = index > 0 ? FieldPaths.RowId(rows[index - 1]!) : null;
                return new CommandOutcome(before is { } previous ? $"row-{previous}" : FieldPaths.HtmlId(split.ListPath), $"{noun} {index + 1} removed.");
            case "up" when index > 0:
                (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
                RowOrder.Renumber(rows);
                return new CommandOutcome(anchor, $"{noun} {index + 1} moved up to place {index}.");
            case "down" when index < rows.Count - 1:
                (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
                RowOrder.Renumber(rows);
                return new CommandOutcome(anchor, $"{noun} {index + 1} moved down to place {index + 2}.");
            case "save":
                return new CommandOutcome(anchor, $"{noun} {index + 1} saved.");
            default:
                return new CommandOutcome(anchor, null);
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// Removing a row clears references to it in other steps; those steps are stored too, with a history entry. Only a
    /// removal changes other steps, so only a removal compares them with what is stored.
    /// </summary>
    private void SaveOtherStepsChangedByRemoval(Guid designId, IReadOnlyDictionary<WizardStep, DesignStep> steps, DesignContent content,
        WizardStep savedStep, Guid userId, DateTimeOffset now)
    {
        foreach (var (otherStep, stored) in steps)
        {
            if (otherStep == savedStep)
            {
                continue;
            }

            var json = DesignContentJson.Serialize(content.Get(otherStep));
            if (!JsonEquals(json, stored.ContentJson))
            {
                db.DesignSteps.Attach(stored);
                stored.Save(json, stored.MarkedComplete, userId, now);
                db.DesignChanges.Add(new DesignChange(designId, otherStep, userId, now,
                    $"References to a row removed in {StepCatalog.Get(savedStep).Title} were cleared."));
            }
        }
    }

    private static bool JsonEquals(string a, string b)
    {
        using var x = System.Text.Json.JsonDocument.Parse(a);
        using var y = System.Text.Json.JsonDocument.Parse(b);
        return System.Text.Json.JsonElement.DeepEquals(x.RootElement, y.RootElement);
    }

    private static IEnumerable<FieldError> ReferenceProblems(IEnumerable<FieldSchema> fields, object target, ReferenceOptions options, string prefix)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Name;
            var value = field.Property.GetValue(target);
            if (field.Source is { } source && field.Kind is FieldKind.Reference or FieldKind.ReferenceSet)
            {
                var chosen = value switch
                {
                    Guid g => [g.ToString()],
                    string s => [s],
                    List<Guid> ids => ids.Select(i => i.ToString()),
                    _ => [],
                };
                if (chosen.Any(id => !options.Contains(source, id)))
                {
                    yield return new FieldError(path, $"Choose {field.Label.ToLowerInvariant()} from the list.");
                }
            }
            else if (field.Kind == FieldKind.Rows && value is IList rows)
            {
                foreach (var row in rows.Cast<object>())
                {
                    foreach (var problem in ReferenceProblems(field.RowFields, row, options, $"{FieldPaths.Row(path, FieldPaths.RowId(row) ?? Guid.Empty)}."))
                    {
                        yield return problem;
                    }
                }
            }
        }
    }

    /// <summary>The people of the partner institutions, for the pick lists of people; compiled once per model as every step page reads it.</summary>
    private static readonly MicroCred.Web.Hosting.PerModel<Func<MicroCredDbContext, List<Guid>, IAsyncEnumerable<PartnerPerson>>> PartnerPeople = new(() =>
        EF.CompileAsyncQuery((MicroCredDbContext db, List<Guid> institutions) =>
            db.Users.AsNoTracking()
                .Where(u => u.InstitutionId != null && institutions.Contains(u.InstitutionId!.Value))
                .OrderBy(u => u.FullName)
                .Select(u => new PartnerPerson(u.Id, u.FullName, u.InstitutionId!.Value))));

    private sealed record PartnerPerson(Guid Id, string FullName, Guid InstitutionId);

    private async Task<ReferenceOptions> OptionsAsync(DesignWorkspace workspace, CancellationToken ct)
    {
        var partnerInstitutions = workspace.Content.Partnership.Partners.Select(p => p.InstitutionId).OfType<Guid>()
            .Append(workspace.Design.LeadInstitutionId).Distinct().ToList();
        var users = new List<OptionView>();
        await foreach (var person in PartnerPeople.For(db)(db, partnerInstitutions).WithCancellation(ct))
        {
            users.Add(new OptionView(person.Id.ToString(), $"{person.FullName} — {workspace.InstitutionNames.GetValueOrDefault(person.InstitutionId)}"));
        }

        return new ReferenceOptions(workspace.Content, workspace.InstitutionNames, users);
    }

    private async Task<StepPageViewModel> BuildAsync(DesignWorkspace workspace, WizardStep step, object content,
        IReadOnlyDictionary<string, StringValues>? posted, IReadOnlyList<FieldError> errors, Guid? version, bool markedComplete, bool conflict, CancellationToken ct,
        IReadOnlySet<Guid>? openRows = null)
    {
        var definition = definitions.Get(step);
        var options = await OptionsAsync(workspace, ct);
        var errorMap = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message).Distinct()));
        var needed = NeededToSubmit(step);
        var stored = workspace.Stored(step);
        // A page of a saved state (the shared assembled design is kept only then) asks the design's references of the walk made
        // once for that state.
        var form = new StepFormView(definition, content, posted, errorMap, options, needed, dependencies, openRows, foldRows: stored is not null,
            referenceUses: workspace.Assembled is { } assembled ? () => assembled.ReferenceUses(dependencies.AllUses) : null);
        var info = StepCatalog.Get(step);
        return new StepPageViewModel
        {
            DesignId = workspace.Design.Id,
            DesignTitle = workspace.Design.Title,
            Info = info,
            Sections = form.Sections,
            Errors = [.. errors.Select(e => (e.Path, e.Message)).Distinct()],
            Findings = [.. workspace.Findings.Where(f => f.Step == step)],
            CheckGroups = CheckReport.Build([.. workspace.Findings.Where(f => f.Step == step)], workspace.Design.NextGate),
            Missing = stored?.EverSaved == true ? workspace.MissingOf(step) : [],
            Version = version,
            MarkedComplete = markedComplete,
            Conflict = conflict,
            Status = workspace.StatusOf(step),
            LockedReason = workspace.Design.WhyLocked(step),
            Figures = step == WizardStep.BusinessPlan
                ? new Steps.W19BusinessPlan.BusinessFiguresView(BusinessFigures.Compute(workspace.Content), PartnerNames(workspace))
                : null,
            BoardApprovals = step == WizardStep.SupportServices
                ? Steps.W05SupportServices.BoardApprovalsView.For(workspace, id => id is { } p && PartnerNames(workspace).TryGetValue(p, out var name) ? name : "partner not chosen")
                : null,
            Steps = [.. StepCatalog.All.Select(s => new StepNavItem(s, workspace.StatusOf(s.Step).Status))],
        };
    }

    /// <summary>The step's fields that review needs whatever the answers (those of an empty design), marked on the form; the same for every design.</summary>
    private static IReadOnlySet<string> NeededToSubmit(WizardStep step) =>
        _neededFields.GetOrAdd(step, static s => StepCompleteness.Missing(s, new DesignContent()).Select(m => m.FieldPath.Split('[', '.')[0]).ToHashSet());

    private static Dictionary<Guid, string> PartnerNames(DesignWorkspace workspace) =>
        workspace.Content.Partnership.Partners.ToDictionary(p => p.Id, p =>
            p.InstitutionId is { } id && workspace.InstitutionNames.TryGetValue(id, out var name) ? name : p.ContactName ?? "Partner without a name");
}

/// <summary>A step in the step navigation beside every wizard page.</summary>
public sealed record StepNavItem(StepInfo Info, StepStatus Status);

/// <summary>What a row command did: where focus goes next (an element id), what to tell the user, and a row whose form to unfold.</summary>
public sealed record CommandOutcome(string Anchor, string? Message, Guid? OpenRow = null);

public sealed class StepPageViewModel
{
    public required Guid DesignId { get; init; }

    public required string DesignTitle { get; init; }

    public required StepInfo Info { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required IReadOnlyList<(string Path, string Message)> Errors { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<MissingField> Missing { get; init; }

    public Guid? Version { get; init; }

    public bool MarkedComplete { get; init; }

    public bool Conflict { get; init; }

    public (StepStatus Status, string? Reason) Status { get; init; }

    /// <summary>Why the step cannot be saved now (a version under review covers it), or null.</summary>
    public string? LockedReason { get; init; }

    /// <summary>Review comments on this step that are not closed yet, for the panel at the top.</summary>
    public IReadOnlyList<MicroCred.Web.Features.Review.ThreadView> Threads { get; set; } = [];

    /// <summary>Review comments on this step that are not closed, in all (the panel shows the first few, open ones first).</summary>
    public int ThreadTotal { get; set; }

    /// <summary>On the business plan step: the figures worked out from the saved plan.</summary>
    public MicroCred.Web.Features.Wizard.Steps.W19BusinessPlan.BusinessFiguresView? Figures { get; init; }

    /// <summary>On the support services step: each programme board's approval as recorded on "Reviews, approvals and signatures".</summary>
    public MicroCred.Web.Features.Wizard.Steps.W05SupportServices.BoardApprovalsView? BoardApprovals { get; init; }

    /// <summary>This step's findings merged (one per rule, naming every place) and split by the gate that needs them.</summary>
    public IReadOnlyList<CheckGroup> CheckGroups { get; init; } = [];

    /// <summary>All 21 steps with their status, for the step navigation.</summary>
    public IReadOnlyList<StepNavItem> Steps { get; init; } = [];

    public int Number => (int)Info.Step;

    public string PageUrl => $"/designs/{DesignId}/steps/{Number}";
}

public sealed record StepSaveResult(StepSaveOutcome Outcome, StepPageViewModel? Page = null, string? Command = null, CommandOutcome? Row = null)
{
    public static StepSaveResult NotFound { get; } = new(StepSaveOutcome.NotFound);

    public static StepSaveResult Redisplay(StepPageViewModel page) => new(StepSaveOutcome.Redisplay, page);

    public static StepSaveResult Saved(string command, CommandOutcome? row) => new(StepSaveOutcome.Saved, null, command, row);
}

public enum StepSaveOutcome
{
    Saved,
    Redisplay,
    NotFound,
}
