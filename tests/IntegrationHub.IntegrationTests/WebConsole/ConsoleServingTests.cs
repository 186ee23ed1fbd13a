using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.IntegrationTests.Support;

namespace IntegrationHub.IntegrationTests.WebConsole;

/// <summary>The console as the real worker serves it from its own build output, without a token.</summary>
[Collection(HubCollection.Name)]
public sealed partial class ConsoleServingTests(SharedHubApp app)
{
    [Fact]
    public async Task The_console_without_its_slash_is_redirected_to_it()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Host.BaseAddress };

        using var response = await client.GetAsync("/api/console");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/api/console/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_page_is_html_revalidated_on_each_load_and_its_bundles_are_immutable_javascript_and_css()
    {
        using var client = app.CreateClient();

        using var page = await client.GetAsync("/api/console/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        var script = Script().Match(html).Groups[1].Value;
        var style = Style().Match(html).Groups[1].Value;
        using var js = await client.GetAsync("/api/console/" + script);
        using var css = await client.GetAsync("/api/console/" + style);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", js.Headers.CacheControl?.ToString());
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
        Assert.Contains("chart", await js.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_Development_the_configuration_offers_the_development_sign_in_only()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/console/config.json");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.True(config.GetProperty("development").GetBoolean());
        Assert.Equal(JsonValueKind.Null, config.GetProperty("msal").ValueKind);
    }

    [Fact]
    public async Task A_file_the_console_does_not_have_is_404()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/console/no-such-file-ABCDEFGH.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<script type=\"module\" src=\"\\./([^\"]+)\"")]
    private static partial Regex Script();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"\\./([^\"]+)\"")]
    private static partial Regex Style();
}
