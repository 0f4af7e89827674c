using MicroCred.Infrastructure.Seeding;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MicroCred.EndToEnd;

/// <summary>
/// A course leader fills a new three-partner course with the keyboard only: Tab and Shift+Tab to move, Enter and Space to
/// press and tick, arrow keys in radio groups and lists, and typing. No mouse, no element.click(), no filling by script.
/// Reading the page (where focus is, the URL) is how the test knows where it is.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardJourneyTests(PortalFixture portal, ITestOutputHelper output)
{
    private static readonly string[] Institutions = ["Rijnmond University", "Universitat de Llevant", "Universidade do Atlântico Norte"];

    [Fact]
    public async Task A_course_leader_fills_partners_outcomes_units_and_assessment_with_the_keyboard_only()
    {
        var started = DateTime.UtcNow;
        var page = await portal.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();   // "Remove …?" answered with Enter in a real browser
        var keys = new Keys(page);

        // Sign in and start a design.
        await page.GotoAsync("/account/login");
        await keys.TypeIntoAsync("input[name=Email]", "leader@microcred.demo");
        await keys.TypeIntoAsync("input[name=Password]", DemoAccounts.Password);
        await keys.PressOnAsync("main button[type=submit]", "Enter");
        await page.ArriveAtAsync(url => url == portal.BaseUrl.TrimEnd('/') + "/", "the dashboard");
        await keys.PressOnAsync("a[href='/designs/new']", "Enter");
        await page.ArriveAtPathAsync("/designs/new");
        await keys.TypeIntoAsync("input[name=Title]", "Heat-proof neighbourhoods (keyboard)");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/designs/[0-9a-f-]{36}$"), "the new design's task list");

        // Step 3: a new design already lists the leader's own institution as lead partner. Its card is opened with "Change"
        // and completed; the two other partners are each added with "Add another partner" and filled in the row's form,
        // which takes focus.
        await keys.PressOnAsync("a[href$='/steps/3']", "Enter");
        await page.ArriveAtPathAsync("/steps/3");
        var leadId = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('input[name=\"Partners.rows\"]')].map(i => i.value).join(',')");
        Assert.False(leadId.Contains(',', StringComparison.Ordinal), $"a new design should list one partner, not {leadId}");
        var lead = $"Partners[{leadId}]";
        // A stored row is a card; its "Change" link opens the page again with that row's form, the only form in the page.
        await keys.PressOnAsync($"li.row-card[id='row-{leadId}'] a[data-row-change]", "Enter");
        await page.ArriveAtAsync(url => url.Contains($"/steps/3?open={leadId}", StringComparison.Ordinal), "the lead partner's form");
        Assert.Equal(Institutions[0], await page.EvaluateAsync<string>("n => document.querySelector(`select[name=\"${n}\"]`).selectedOptions[0].text", $"{lead}.InstitutionId"));
        await keys.TickNthAsync($"{lead}.Contributions", 0);
        await keys.ChooseNthAsync($"{lead}.GradingScale", 1);
        for (var i = 1; i < 3; i++)
        {
            var row = await keys.AddRowAsync("Partners");
            await keys.ChooseTextAsync($"{row}.InstitutionId", Institutions[i]);
            await keys.ChooseAsync($"{row}.OrganisationType", "HigherEducationInstitution");
            await keys.TickAsync($"{row}.DegreeAwarding");
            await keys.ChooseAsync($"{row}.PartnerRole", "FullPartner");
            await keys.TickNthAsync($"{row}.Contributions", 0);
            await keys.TypeIntoAsync($"[name='{row}.ContactName']", $"Contact {i + 1}");
            await keys.ChooseNthAsync($"{row}.GradingScale", 1);
        }

        await keys.SaveRowAndContinueAsync();
        await page.ArriveAtPathAsync("/steps/4");

        // Step 6: the course objective and four learning outcomes; one removed and added again to check where focus lands.
        await keys.GoToStepAsync(6);
        await keys.TypeIntoAsync("[name=CourseObjective]", "Plan and defend heat resilience measures for a city neighbourhood.");
        await keys.ChooseAsync("EqfLevel", "Level6");
        await keys.TypeIntoAsync("[name=LevelRationale]", "The outcomes ask for bachelor-level analysis and planning.");
        await keys.ChooseAsync("OrientationType", "Professional");
        await keys.TypeIntoAsync("[name=Orientation]", "Urban planning and public health in city districts.");
        await keys.TickNthAsync("OutcomeScheme", 0);
        string[] statements = ["Map heat exposure with open data.", "Compare cooling measures by cost and benefit.", "Design a green-blue plan with residents.", "Defend a plan before a municipal board."];
        var outcomeRows = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var row = await keys.AddRowAsync("Outcomes");
            outcomeRows.Add(row);
            await keys.TypeIntoAsync($"[name='{row}.Code']", $"LO{i + 1}");
            await keys.TypeIntoAsync($"[name='{row}.Statement']", statements[i]);
            await keys.ChooseNthAsync($"{row}.Dimension", i % 3);
            await keys.ChooseAsync($"{row}.EqfLevel", "Level6");
        }

        await keys.PressOnAsync($"button[value='save:{outcomeRows[3]}']", "Enter");
        await page.ArriveAtAsync(url => url.Contains("/steps/6#row-", StringComparison.Ordinal), "a saved outcome's card");
        // Remove learning outcome 4: the message says so and focus lands on learning outcome 3's card.
        await keys.PressOnAsync($"button[value='remove:{outcomeRows[3]}']", "Enter");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Learning outcome 4 removed.");
        await Assertions.Expect(page.Locator($"li.row-card[id='row-{RowId(outcomeRows[2])}']")).ToBeFocusedAsync();
        var again = await keys.AddRowAsync("Outcomes");
        outcomeRows[3] = again;
        await keys.TypeIntoAsync($"[name='{again}.Code']", "LO4");
        await keys.TypeIntoAsync($"[name='{again}.Statement']", statements[3]);
        await keys.ChooseNthAsync($"{again}.Dimension", 2);
        await keys.ChooseAsync($"{again}.EqfLevel", "Level6");
        await keys.SaveRowAndContinueAsync();
        await page.ArriveAtPathAsync("/steps/7");

        // Step 7: four units, each serving one outcome.
        await keys.GoToStepAsync(7);
        await keys.TypeIntoAsync("[name=Ects]", "3");
        await keys.TypeIntoAsync("[name=DurationWeeks]", "8");
        await keys.ChooseAsync("Schedule", "FlexibleStartAndEnd");
        for (var i = 0; i < 4; i++)
        {
            var row = await keys.AddRowAsync("Units");
            await keys.TypeIntoAsync($"[name='{row}.Title']", $"Unit {i + 1} on heat");
            await keys.TypeIntoAsync($"[name='{row}.Summary']", "What learners do in this unit and why it matters for the plan.");
            await keys.TypeIntoAsync($"[name='{row}.Topics']", "Heat maps");
            await keys.TickNthAsync($"{row}.OutcomeIds", i);
            await keys.TypeIntoAsync($"[name='{row}.StudyHours']", "21");
            await keys.ChooseNthAsync($"{row}.DeliveryMode", 0);
            await keys.ChooseNthAsync($"{row}.ResponsibleMemberId", 0);
            await keys.ChooseNthAsync($"{row}.DevelopmentStatus", 0);
        }

        await keys.SaveRowAndContinueAsync();
        await page.ArriveAtPathAsync("/steps/8");

        // Step 13: three assessment components; weight and supervision appear only once "summative" is chosen.
        await keys.GoToStepAsync(13);
        await keys.TickAsync("CommunicationToLearners");
        for (var i = 0; i < 3; i++)
        {
            var row = await keys.AddRowAsync("Components");
            await keys.TypeIntoAsync($"[name='{row}.Title']", i == 0 ? "Weekly heat quiz" : $"Plan report {i}");
            var weight = page.Locator($"[name='{row}.WeightPercent']");
            await Assertions.Expect(weight).ToBeHiddenAsync();
            await keys.ChooseAsync($"{row}.Purpose", i == 0 ? "Formative" : "Summative");
            await keys.ChooseNthAsync($"{row}.Method", i == 0 ? 0 : 6);
            await keys.ChooseNthAsync($"{row}.Marking", 1);
            await keys.ChooseNthAsync($"{row}.Setting", 0);
            // The quiz practises LO1; each plan report assesses two outcomes, so every outcome is assessed summatively.
            if (i == 0)
            {
                await keys.TickNthAsync($"{row}.OutcomeIds", 0);
            }
            else
            {
                await keys.TickNthAsync($"{row}.OutcomeIds", 2 * i - 2);
                await keys.TickNthAsync($"{row}.OutcomeIds", 2 * i - 1);
            }

            if (i == 0)
            {
                await Assertions.Expect(weight).ToBeHiddenAsync();
                await keys.TickNthAsync($"{row}.Feedback", 1);
            }
            else
            {
                await Assertions.Expect(weight).ToBeVisibleAsync();
                await keys.TypeIntoAsync($"[name='{row}.WeightPercent']", "50");
                await keys.TypeIntoAsync($"[name='{row}.Criteria']", "A plan that is feasible, fair and backed by evidence.");
                await keys.ChooseNthAsync($"{row}.Supervision", 2);
                await keys.ChooseNthAsync($"{row}.IdVerification", 0);
                await keys.TickAsync($"{row}.IdMethodAccessible");
            }
        }

        await keys.SaveRowAndContinueAsync();
        await page.ArriveAtPathAsync("/steps/14");

        // Outcomes are only "taught and assessed" once units and components exist, so each step's checks are read at the end.
        var blocking = new List<string>();
        foreach (var step in new[] { 3, 6, 7, 13 })
        {
            blocking.AddRange(await StepErrorsAsync(page, keys, step));
        }

        Assert.True(blocking.Count == 0, "errors left:\n" + string.Join("\n", blocking));
        output.WriteLine($"keyboard journey: {keys.Presses} key presses, {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        await page.Context.CloseAsync();
    }

    private static string RowId(string rowPath) => rowPath[(rowPath.IndexOf('[', StringComparison.Ordinal) + 1)..^1];

    /// <summary>
    /// The errors a step's own checks list that block design review (errors a later gate needs say "needed for …"; every
    /// finding is written to the test output).
    /// </summary>
    private async Task<IReadOnlyList<string>> StepErrorsAsync(IPage page, Keys keys, int step)
    {
        await keys.GoToStepAsync(step);
        await Assertions.Expect(page.Locator("[data-error-summary]")).ToHaveCountAsync(0);
        var findings = await page.Locator("section[aria-labelledby=step-checks] .finding").AllInnerTextsAsync();
        foreach (var finding in findings)
        {
            output.WriteLine($"step {step}: {finding.ReplaceLineEndings(" ")}");
        }

        return [.. findings.Where(f => f.StartsWith("Error", StringComparison.Ordinal) && !f.Contains("needed for", StringComparison.Ordinal))
            .Select(f => $"step {step}: {f.ReplaceLineEndings(" ")}")];
    }

    /// <summary>Moves with Tab (or Shift+Tab) and acts with Enter, Space, arrows and typing.</summary>
    private sealed class Keys(IPage page)
    {
        public int Presses { get; private set; }

        private Task<bool> FocusedAsync(string selector) =>
            page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);

        private async Task PressAsync(string key)
        {
            Presses++;
            await page.Keyboard.PressAsync(key);
        }

        /// <summary>Tabs forward to the element; if it lies behind, Shift+Tab back to it.</summary>
        public async Task FocusAsync(string selector)
        {
            Assert.True(await page.Locator(selector).CountAsync() > 0, $"nothing on the page matches {selector}");
            var behind = await page.EvaluateAsync<bool>("""
                s => { const t = document.querySelector(s), a = document.activeElement;
                       return !!a && a !== document.body && !!(a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING); }
                """, selector);
            for (var i = 0; i < 400; i++)
            {
                if (await FocusedAsync(selector))
                {
                    return;
                }

                await PressAsync(behind ? "Shift+Tab" : "Tab");
            }

            Assert.Fail($"the keyboard never reached {selector}");
        }

        public async Task PressOnAsync(string selector, string key)
        {
            await FocusAsync(selector);
            await PressAsync(key);
        }

        public async Task TypeIntoAsync(string selector, string text)
        {
            await FocusAsync(selector);
            await PressAsync("Control+A");
            await page.Keyboard.TypeAsync(text);
        }

        /// <summary>Presses "Add …" for a collection; the page comes back with the new row's form open and focus in its first field.</summary>
        public async Task<string> AddRowAsync(string list)
        {
            var before = page.Url;
            await PressOnAsync($"button[value='add:{list}']", "Enter");
            await page.ArriveAtAsync(url => url != before, $"the page with a new {list} row");
            var problem = page.Locator("[data-error-summary]");
            Assert.True(await problem.CountAsync() == 0, $"adding to {list} was refused: {(await problem.CountAsync() > 0 ? await problem.First.InnerTextAsync() : "")}");
            var id = new Uri(page.Url).Query.Split('=')[1];
            var row = $"{list}[{id}]";
            // Focus lands in the new row's first field (the page sets it once loaded).
            try
            {
                await page.WaitForFunctionAsync("r => document.activeElement?.name?.startsWith(r + '.') ?? false", row, new() { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
                var focused = await page.EvaluateAsync<string>("() => (document.activeElement?.outerHTML ?? 'nothing').slice(0, 200)");
                Assert.Fail($"after adding to {list}, focus is on {focused}, not in the new row's form");
            }
            return row;
        }

        /// <summary>Radios: Tab into the group, arrows to the answer. Lists: arrows to the answer.</summary>
        public async Task ChooseAsync(string name, string value)
        {
            var isSelect = await page.Locator($"select[name='{name}']").CountAsync() > 0;
            await FocusAsync($"[name='{name}']");
            for (var i = 0; i < 40; i++)
            {
                var current = await page.EvaluateAsync<string>("() => document.activeElement.value");
                var done = isSelect ? current == value : current == value && await page.EvaluateAsync<bool>("() => document.activeElement.checked");
                if (done)
                {
                    return;
                }

                if (!isSelect && current == value)
                {
                    await PressAsync("Space");
                }
                else
                {
                    await PressAsync("ArrowDown");
                }
            }

            Assert.Fail($"could not choose {value} for {name}");
        }

        public async Task ChooseNthAsync(string name, int n)
        {
            var value = await page.EvaluateAsync<string>("""
                ([name, n]) => { const sel = document.querySelector(`select[name="${name}"]`);
                  const values = sel ? [...sel.options].map(o => o.value).filter(v => v) : [...document.querySelectorAll(`input[type=radio][name="${name}"]`)].map(r => r.value).filter(v => v);
                  return values[Math.min(n, values.length - 1)]; }
                """, new object[] { name, n });
            await ChooseAsync(name, value);
        }

        public async Task ChooseTextAsync(string name, string text)
        {
            var value = await page.EvaluateAsync<string>("([name, text]) => [...document.querySelector(`select[name=\"${name}\"]`).options].find(o => o.text.startsWith(text)).value", new object[] { name, text });
            await ChooseAsync(name, value);
        }

        public async Task TickAsync(string name)
        {
            await FocusAsync($"input[type=checkbox][name='{name}']");
            await PressAsync("Space");
        }

        public async Task TickNthAsync(string name, int n)
        {
            var value = await page.EvaluateAsync<string>("([name, n]) => { const b = [...document.querySelectorAll(`input[type=checkbox][name=\"${name}\"]`)]; return b[Math.min(n, b.length - 1)].value; }", new object[] { name, n });
            await FocusAsync($"input[type=checkbox][name='{name}'][value='{value}']");
            await PressAsync("Space");
        }

        /// <summary>Follows the step's link in the step navigation beside the page.</summary>
        public async Task GoToStepAsync(int step)
        {
            if (new Uri(page.Url).AbsolutePath.EndsWith($"/steps/{step}", StringComparison.Ordinal))
            {
                return;   // "Save and continue" has brought us here already.
            }

            await PressOnAsync($"nav[aria-labelledby=step-nav-title] a[href$='/steps/{step}']", "Enter");
            await page.ArriveAtPathAsync($"/steps/{step}");
        }

        /// <summary>"Save and continue" at the end of the page.</summary>
        public Task SaveRowAndContinueAsync() => PressOnAsync("button[value=continue]", "Enter");
    }
}
