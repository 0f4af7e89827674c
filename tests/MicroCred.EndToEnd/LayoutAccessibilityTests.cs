using MicroCred.Domain.Accounts;
using MicroCred.Domain.Credentials;
using MicroCred.Domain.Designs;
using MicroCred.Domain.Designs.Steps;
using MicroCred.Domain.Reviews;
using MicroCred.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace MicroCred.EndToEnd;

/// <summary>
/// What axe does not measure: form-control borders and the focus ring against their background (WCAG 1.4.11),
/// and every main page at 320 CSS pixels without horizontal scrolling (WCAG 1.4.10).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LayoutAccessibilityTests(PortalFixture portal)
{
    private const string Leader = "leader@microcred.demo";
    private const string InstitutionAdmin = "institution.admin@microcred.demo";

    /// <summary>WCAG relative luminance and contrast, the colour parser and "the background behind an element", shared by the checks below.</summary>
    private const string ColourScript = """
        const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
            const p = m[1].split(/[ ,\/]+/).filter(x => x).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
        const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
        const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
        const over = (fg, bg) => ({ r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 });
        const behind = el => { const layers = [];
            for (let n = el.parentElement; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
            let bg = { r: 255, g: 255, b: 255, a: 1 }; for (const c of layers.reverse()) bg = over(c, bg); return bg; };
        const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.name ? '[name=' + el.name + ']' : '') + (el.type ? '(' + el.type + ')' : '');
        const controls = () => [...document.querySelectorAll('main input, main select, main textarea')]
            .filter(el => el.type !== 'hidden' && !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
        """;

    [Fact]
    public async Task Form_controls_on_step_pages_have_borders_and_a_focus_ring_of_at_least_3_to_1()
    {
        var designId = await CopyOfCompleteDesignAsync("Coastal adaptation (contrast copy)", submit: false);
        var page = await portal.SignedInPageAsync(Leader);
        var problems = new List<string>();
        var checkedControls = 0;
        foreach (var step in new[] { 3, 6, 13 })
        {
            await page.GotoAsync($"/designs/{designId}/steps/{step}");
            var result = await page.EvaluateAsync<string[]>("() => {" + ColourScript + """
                document.querySelectorAll('details').forEach(d => d.open = true);   // every row's form and the step navigation
                const out = [];
                const all = controls();
                out.push('count:' + all.length);
                document.activeElement?.blur();
                for (const el of all) {
                    const s = getComputedStyle(el), bg = behind(el), b = parse(s.borderTopColor);
                    const width = parseFloat(s.borderTopWidth);
                    const r = b && width >= 1 && s.borderTopStyle !== 'none' ? ratio(over(b, bg), bg) : 0;
                    if (r < 3) out.push(name(el) + ' border ' + s.borderTopColor + ' ' + s.borderTopWidth + ' is ' + r.toFixed(2) + ':1');
                }
                for (const el of [...all, ...document.querySelectorAll('main button, main summary')]) {
                    if (el.disabled || el.getClientRects().length === 0) continue;
                    el.focus();
                    el.getAnimations().forEach(a => a.finish());   // the ring as it ends up, not the first frame of Bootstrap's transition
                    const s = getComputedStyle(el), bg = behind(el);
                    let best = 0;
                    const o = parse(s.outlineColor);
                    if (o && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) best = Math.max(best, ratio(over(o, bg), bg));
                    for (const m of s.boxShadow.matchAll(/(rgba?\([^)]+\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px(?!\s*inset)/g)) {
                        const c = parse(m[1]);
                        if (c && parseFloat(m[5]) >= 2 && parseFloat(m[4]) === 0) best = Math.max(best, ratio(over(c, bg), bg));
                    }
                    if (best < 3) out.push(name(el) + ' focus ring ' + s.outlineStyle + ' ' + s.outlineColor + ' / ' + s.boxShadow + ' is ' + best.toFixed(2) + ':1');
                }
                return out;
            }
            """);
            checkedControls += int.Parse(result[0]["count:".Length..], System.Globalization.CultureInfo.InvariantCulture);
            problems.AddRange(result.Skip(1).Select(p => $"step {step}: {p}"));
        }

        Assert.True(checkedControls >= 10, $"only {checkedControls} form controls found on the three step pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public async Task Main_pages_fit_320_pixels_without_horizontal_scrolling()
    {
        var climate = await CopyOfCompleteDesignAsync("Coastal adaptation (narrow screen copy)", submit: false);
        var published = await DesignIdAsync(SampleDesigns.PublishedTitle);
        var cohortId = await CohortAsync(published);
        await CopyOfCompleteDesignAsync("Coastal adaptation (queued copy)", submit: true);
        var pages = new (string User, string[] Urls)[]
        {
            (Leader, ["/", $"/designs/{climate}", $"/designs/{climate}/steps/6", $"/designs/{climate}/steps/8", $"/designs/{climate}/steps/13",
                      $"/designs/{climate}/steps/19", $"/designs/{climate}/steps/21", $"/designs/{climate}/checks", $"/designs/{climate}/team",
                      $"/designs/{climate}/history", $"/designs/{published}/versions", $"/designs/{published}/documents"]),
            ("qa.officer@microcred.demo", ["/reviews"]),
            (InstitutionAdmin, ["/", $"/designs/{published}/cohorts", $"/cohorts/{cohortId}", $"/cohorts/{cohortId}/credentials"]),
            ("admin@microcred.demo", ["/admin/users", "/admin/institutions"]),
        };

        var problems = new List<string>();
        foreach (var (user, urls) in pages)
        {
            var page = await portal.SignedInPageAsync(user);
            await page.SetViewportSizeAsync(320, 720);
            foreach (var url in urls)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response is { Status: 200 }, $"{url} as {user} answered {response?.Status}");
                if (url.Contains("/steps/", StringComparison.Ordinal))
                {
                    // The step navigation unfolded above the content, and one row's form open (Change).
                    var change = page.Locator("a[data-row-change]");
                    if (await change.CountAsync() > 0)
                    {
                        var href = await change.First.GetAttributeAsync("href");
                        response = await page.GotoAsync(url + href);
                        Assert.True(response is { Status: 200 }, $"{url}{href} as {user} answered {response?.Status}");
                    }

                    await page.EvaluateAsync("() => { document.querySelector('details.step-nav').open = true; }");
                }

                var wide = await page.EvaluateAsync<string?>("""
                    () => {
                        const width = window.innerWidth, scroll = document.documentElement.scrollWidth;
                        if (scroll <= width) return null;
                        const culprits = [...document.querySelectorAll('main *')]
                            .filter(el => el.getBoundingClientRect().right > width + 1)
                            .slice(0, 3).map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + ' ' + Math.round(el.getBoundingClientRect().right) + 'px');
                        return scroll + 'px wide; ' + culprits.join(', ');
                    }
                    """);
                if (url == "/reviews")
                {
                    Assert.True(await page.Locator("main table tbody tr").CountAsync() > 0, "the review queue has no rows to lay out");
                }

                if (wide is not null)
                {
                    problems.Add($"{url} as {user}: {wide}");
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, "Pages wider than 320 px:\n" + string.Join("\n", problems));
    }

    private Task<Guid> DesignIdAsync(string title) =>
        portal.WithDbAsync(db => db.CourseDesigns.Where(d => d.Title == title).Select(d => d.Id).SingleAsync());

    /// <summary>
    /// A draft copy of the complete demo design led by the demo leader (other journeys submit the demo design itself),
    /// or a copy submitted for its first review, so the review queue has a row.
    /// </summary>
    private Task<Guid> CopyOfCompleteDesignAsync(string title, bool submit) => portal.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var sourceId = await db.CourseDesigns.Where(d => d.Title == SampleDesigns.CompleteTitle).Select(d => d.Id).SingleAsync();
        var leaderUser = await db.Users.SingleAsync(u => u.Email == Leader);
        var design = CourseDesign.Start(title, DemoAccounts.UniversityNl, leaderUser.Id, DemoAccounts.UniversityNl, now);
        db.CourseDesigns.Add(design);
        var steps = new List<DesignStep>();
        foreach (var step in await db.DesignSteps.AsNoTracking().Where(s => s.DesignId == sourceId).ToListAsync())
        {
            var copy = new DesignStep(design.Id, step.Step);
            copy.Save(step.ContentJson, markedComplete: true, leaderUser.Id, now);
            steps.Add(copy);
        }

        db.DesignSteps.AddRange(steps);
        if (submit)
        {
            var leader = Actor.Of(leaderUser.Id, leaderUser.FullName, DemoAccounts.UniversityNl, Roles.CourseDesigner);
            var submitted = design.Submit(leader, DesignContentJson.Assemble(steps), [], GateFacts.None, now);
            db.AddRange(submitted.Version, submitted.Review, submitted.Entry);
        }

        await db.SaveChangesAsync();
        return design.Id;
    });

    /// <summary>A finalised cohort with two learners on the published course, so the cohort and credentials pages have table rows.</summary>
    private Task<Guid> CohortAsync(Guid designId) => portal.WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.Email == InstitutionAdmin);
        var admin = Actor.Of(user.Id, user.FullName, user.InstitutionId!.Value, Roles.InstitutionAdmin);
        var design = await db.CourseDesigns.SingleAsync(d => d.Id == designId);
        var version = await db.DesignVersions.Where(v => v.DesignId == design.Id).OrderByDescending(v => v.Number).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var cohort = Cohort.Start(design, version, new CohortDetails("Narrow screens " + Guid.NewGuid().ToString("N")[..6], null, new DateOnly(2027, 2, 1), new DateOnly(2027, 4, 30), DeliveryMode.Blended), admin, now);
        cohort.AddLearner(new LearnerDetails("Noor", "Bakker-Vandenberghe", "NARROW-0000000001", null, null, LearnerResult.Passed, 8m, null), admin, now);
        cohort.AddLearner(new LearnerDetails("Tim", "Smit", "NARROW-0000000002", null, null, LearnerResult.AttendanceOnly, null, null), admin, now);
        cohort.FinaliseResults(admin, now);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    });
}
