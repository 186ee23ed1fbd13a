using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.IntegrationTests.Support;
using IntegrationHub.Testing.Emulators;
using Microsoft.Playwright;

namespace IntegrationHub.IntegrationTests.WebConsole.Browser;

/// <summary>
/// The real app on emulators of its own, with Orkney data pushed through the API (two months of hospital activity,
/// home care, and a pair of records the matcher sends to review), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class ConsoleBrowserApp : IAsyncLifetime
{
    public const string Orkney = "S37000022";
    public const string WesternIsles = "S37000031";
    public const string OrkneyBoard = "S08000025";
    public const string OrkneyCouncil = "S12000023";
    public const string Chromium = "/usr/bin/chromium";
    private const string ChiSystem = "urn:oid:2.16.840.1.113883.2.1.3.2.4.16.53";

    private readonly LocalEmulators emulators = LocalEmulators.StartPrivate();
    private IPlaywright? playwright;

    public ConsoleBrowserApp() => App = new HubAppFactory(emulators);

    public HubAppFactory App { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string ReviewFamily { get; } = Fhir.Surname(Guid.NewGuid().ToString());

    /// <summary>Screenshots are kept beside the test assembly, one file per page and test.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "console-screenshots");

    public string ConsoleUrl => new Uri(App.Host.BaseAddress, "/api/console/").ToString();

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"No Chromium at {Chromium}: install Debian's package (apt-get install chromium); ./hub test does when it is missing.");
        }

        Directory.CreateDirectory(ScreenshotDirectory);

        // Web-first assertions wait for their condition up to this long: the app shares two cores with its
        // emulators and the browser, where a page can take longer than Playwright's default 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        await SeedAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Root in a container has no user namespace for Chromium's sandbox.
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh browser signed in through the development sign-in page with a token of this role.</summary>
    public async Task<IPage> SignedInPageAsync(string role, params string[] ias)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(ConsoleUrl);
        await page.GetByLabel("Development token").FillAsync(App.Token(role, null, ias));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with this token" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        App.Dispose();
        emulators.Dispose();
    }

    private async Task SeedAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var chi = TestChi.For(new DateOnly(1940, 2, 3), female: true);
        await SubmitAsync(OrkneyBoard, "/api/fhir", Fhir.Content($$$"""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1-{{{tag}}}","identifier":[{"system":"{{{ChiSystem}}}","value":"{{{chi}}}"}],"name":[{"family":"Flett","given":["Ann"]}],"gender":"female","birthDate":"1940-02-03","address":[{"postalCode":"KW15 1AA","district":"S12000023"}]}},
              {"fullUrl":"urn:uuid:p2","resource":{"resourceType":"Patient","id":"p2-{{{tag}}}","name":[{"family":"Rendall","given":["Tom"]}],"gender":"male","birthDate":"1985-05-06","address":[{"postalCode":"KW15 1BB","district":"S12000023"}]}},
              {"resource":{"resourceType":"Encounter","id":"e1-{{{tag}}}","status":"finished","class":{"code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"serviceType":{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"acute"}]},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2025-09-02","end":"2025-09-10"} } },
              {"resource":{"resourceType":"Encounter","id":"e2-{{{tag}}}","status":"finished","class":{"code":"IMP"},"priority":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActPriority","code":"EM"}]},"serviceType":{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/care-setting","code":"acute"}]},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2025-10-01","end":"2025-10-12"} } },
              {"resource":{"resourceType":"Encounter","id":"e3-{{{tag}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p1"},"period":{"start":"2025-09-20"} } },
              {"resource":{"resourceType":"Encounter","id":"e4-{{{tag}}}","status":"finished","class":{"code":"EMER"},"subject":{"reference":"urn:uuid:p2"},"period":{"start":"2025-10-03"} } },
              {"resource":{"resourceType":"EpisodeOfCare","id":"d1-{{{tag}}}","status":"finished","type":[{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/episode-type","code":"delayed-discharge"}]},{"coding":[{"system":"https://fhir.integrationhub.scot/CodeSystem/delay-reason","code":"health-social-care"}]}],"patient":{"reference":"urn:uuid:p1"},"period":{"start":"2025-10-07","end":"2025-10-12"} } }
            ]}
            """));
        var sendingLocation = Domain.Reference.ReferenceData.Scotland.CouncilByCode(OrkneyCouncil)!.SendingLocation;
        await SubmitAsync(OrkneyCouncil, "/api/social-care/extracts", Csv(
            "sending_location,social_care_id,period,chi,forename,surname,date_of_birth,gender,postcode,date_of_death,service,service_type,service_start_date,service_end_date,hc_hours,reablement,ch_name,ch_postcode,nursing_care\r\n"
            + $"{sendingLocation},{tag}-1,2025Q2,{chi},Ann,Flett,1940-02-03,2,KW15 1AA,,HC,2,2025-09-15,,30,0,,,\r\n"));

        // One board, two of its own ids for what may be one woman (Eilidh is Helen in Gaelic): the matcher asks a reviewer.
        foreach (var (id, given) in new[] { ("r1", "Eilidh"), ("r2", "Helen") })
        {
            await SubmitAsync(OrkneyBoard, "/api/fhir", Fhir.Content($$$"""
                {"resourceType":"Bundle","type":"collection","entry":[
                  {"fullUrl":"urn:uuid:p","resource":{"resourceType":"Patient","id":"{{{id}}}-{{{ReviewFamily}}}","name":[{"family":"{{{ReviewFamily}}}","given":["{{{given}}}"]}],"gender":"female","birthDate":"1940-02-29","address":[{"postalCode":"KW15 1ZZ","district":"S12000023"}]}}
                ]}
                """));
        }

        using var analyst = App.ClientFor("Analyst", null, Orkney);
        await Eventually.ReachAsync(
            () => analyst.GetFromJsonAsync<JsonElement>($"/api/ia/{Orkney}/indicators?from=2025-09&to=2025-10"),
            indicators => indicators.GetProperty("months")[1].GetProperty("delayedDischargeBedDays").GetProperty("all").GetInt32() > 0
                && indicators.GetProperty("months")[0].GetProperty("homeCareClients").GetProperty("all").GetInt32() > 0,
            TimeSpan.FromSeconds(90));
        using var reviewer = App.ClientFor("LinkageReviewer", null, Orkney);
        await Eventually.ReachAsync(
            () => reviewer.GetFromJsonAsync<JsonElement>($"/api/linkage/reviews?ia={Orkney}"),
            reviews => reviews.GetProperty("items").GetArrayLength() > 0,
            TimeSpan.FromSeconds(90));
    }

    private async Task SubmitAsync(string org, string route, HttpContent content)
    {
        using var client = App.ClientFor("Submitter", org);
        using var response = await client.PostAsync(route, content);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"{route} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var status = await SubmissionPolling.WaitForFinishAsync(client, response.Content.Headers.ContentLocation!.ToString());
        if (status.GetProperty("status").GetString() != "completed")
        {
            throw new InvalidOperationException($"seed submission did not complete: {status}");
        }
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }
}
