using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static IntegrationHub.IntegrationTests.WebConsole.Browser.ConsoleBrowserApp;

namespace IntegrationHub.IntegrationTests.WebConsole.Browser;

/// <summary>
/// The console in a real browser (Debian's Chromium under Playwright) against the real app: every wait is on a
/// condition of the page (Playwright's auto-waiting and web-first assertions), none is a sleep.
/// </summary>
public sealed class ConsoleBrowserTests(ConsoleBrowserApp fixture, ITestOutputHelper output) : IClassFixture<ConsoleBrowserApp>
{
    private static readonly string[] Bands = ["all", "18+", "65+", "75+"];

    [Fact]
    public async Task Indicator_figures_on_screen_are_the_apis_for_three_indicators_and_two_months()
    {
        var page = await fixture.SignedInPageAsync("Analyst", Orkney);
        await page.GotoAsync($"{fixture.ConsoleUrl}#/indicators?ia={Orkney}&from=2025-09&to=2025-10&view=table");
        await Assertions.Expect(page.Locator("main .view[data-state=ready]")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "indicators-table");

        using var analyst = fixture.App.ClientFor("Analyst", null, Orkney);
        var api = await analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{Orkney}/indicators?from=2025-09&to=2025-10");
        foreach (var field in new[] { "emergencyAdmissions", "aeAttendances", "delayedDischargeBedDays" })
        {
            foreach (var month in api.GetProperty("months").EnumerateArray())
            {
                var name = month.GetProperty("month").GetString()!;
                foreach (var band in Bands)
                {
                    var cell = page.Locator($"table[data-field='{field}'] td[data-month='{name}'][data-band='{band}']");
                    await Assertions.Expect(cell).ToHaveTextAsync(month.GetProperty(field).GetProperty(band).GetInt32().ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        // The seeded stays make these non-zero, so the comparison above compared something.
        Assert.True(api.GetProperty("months")[1].GetProperty("emergencyAdmissions").GetProperty("all").GetInt32() > 0);
        await NoSeriousAccessibilityViolationsAsync(page, "indicators-table");
    }

    [Fact]
    public async Task The_charts_page_draws_every_indicator_and_24_months_load_in_measured_time()
    {
        var page = await fixture.SignedInPageAsync("Analyst", Orkney);
        await page.GotoAsync($"{fixture.ConsoleUrl}#/indicators?ia={Orkney}&from=2023-11&to=2025-10");
        await Assertions.Expect(page.Locator("main .view[data-state=ready]")).ToBeVisibleAsync();

        // Timed as a user opening the page: a full load (the bundles from the browser's cache, as for a returning
        // user; config, reference data and 24 months of indicators from the app), until every chart is drawn.
        var watch = Stopwatch.StartNew();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("main .view[data-state=ready]")).ToBeVisibleAsync();
        watch.Stop();
        await Assertions.Expect(page.Locator("figure.chart canvas")).ToHaveCountAsync(12);
        var rendered = await page.EvaluateAsync<double>("() => performance.getEntriesByName('indicators-rendered').at(-1).startTime");
        var line = $"indicators page, 24 months: {watch.ElapsedMilliseconds} ms from navigation to all charts drawn (browser clock: {rendered:F0} ms after navigation start)";
        output.WriteLine(line);
        await File.WriteAllTextAsync(Path.Combine(ScreenshotDirectory, "indicators-24-months-load.txt"), line + Environment.NewLine);
        await ScreenshotAsync(page, "indicators-charts-24-months");
        await NoSeriousAccessibilityViolationsAsync(page, "indicators-charts");
    }

    [Fact]
    public async Task A_persons_timeline_opens_from_the_activity_page()
    {
        var page = await fixture.SignedInPageAsync("Analyst", Orkney);
        await page.GotoAsync($"{fixture.ConsoleUrl}#/activity?ia={Orkney}&month=2025-10&kind=inpatient-admission");
        await Assertions.Expect(page.Locator("#activity tbody tr").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "activity");
        await NoSeriousAccessibilityViolationsAsync(page, "activity");

        await page.Locator("#activity tbody tr a").First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Person timeline" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#timeline li[data-kind='inpatient-admission']")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#timeline li[data-kind='home-care']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#timeline-chart canvas")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "person-timeline");
        await NoSeriousAccessibilityViolationsAsync(page, "person-timeline");
    }

    [Fact]
    public async Task A_review_decided_in_the_console_leaves_the_queue()
    {
        using var reviewer = fixture.App.ClientFor("LinkageReviewer", null, Orkney);
        var item = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/linkage/reviews?ia={Orkney}")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("record").GetProperty("family").GetString() == fixture.ReviewFamily);
        var id = item.GetProperty("id").GetString()!;
        var page = await fixture.SignedInPageAsync("LinkageReviewer", Orkney);
        await page.GotoAsync($"{fixture.ConsoleUrl}#/reviews?ia={Orkney}");
        var card = page.Locator($"article[data-id='{id}']");
        await Assertions.Expect(card.Locator("tr[data-field='given'] .verdict")).ToHaveTextAsync("close");
        await ScreenshotAsync(page, "reviews");
        await NoSeriousAccessibilityViolationsAsync(page, "reviews");

        await card.GetByRole(AriaRole.Button, new() { Name = "Same person" }).ClickAsync();

        await Assertions.Expect(card).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#review-status")).ToContainTextAsync("same person");
        var open = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/linkage/reviews?ia={Orkney}")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(open, i => i.GetProperty("id").GetString() == id);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("main .view[data-state=ready]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"article[data-id='{id}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Another_ias_indicators_are_shown_as_forbidden_not_as_an_empty_page()
    {
        var page = await fixture.SignedInPageAsync("Analyst", Orkney);

        await page.GotoAsync($"{fixture.ConsoleUrl}#/indicators?ia={WesternIsles}&from=2025-09&to=2025-10");

        var alert = page.Locator("[role=alert][data-status='403']");
        await Assertions.Expect(alert).ToContainTextAsync("Forbidden (403)");
        await Assertions.Expect(page.Locator("figure.chart")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "forbidden-other-ia");
        await NoSeriousAccessibilityViolationsAsync(page, "forbidden");
    }

    [Fact]
    public async Task The_sign_in_and_data_quality_pages_have_no_serious_accessibility_violations()
    {
        var context = await fixture.Browser.NewContextAsync();
        context.SetDefaultTimeout(30_000);
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync(fixture.ConsoleUrl);
        await Assertions.Expect(signIn.GetByLabel("Development token")).ToBeVisibleAsync();
        await ScreenshotAsync(signIn, "sign-in");
        await NoSeriousAccessibilityViolationsAsync(signIn, "sign-in");

        var page = await fixture.SignedInPageAsync("Analyst", Orkney);
        var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await page.GotoAsync($"{fixture.ConsoleUrl}#/quality?from={month}&to={month}");
        await Assertions.Expect(page.Locator($"#quality tr[data-org='{OrkneyBoard}']")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "quality");
        await NoSeriousAccessibilityViolationsAsync(page, "quality");
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    private async Task NoSeriousAccessibilityViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"{name}: axe {violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes: {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html))})");
        }

        Assert.True(serious.Count == 0, $"{name}: {string.Join("; ", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"))}");
    }
}
