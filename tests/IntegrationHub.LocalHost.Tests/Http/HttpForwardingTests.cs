using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.LocalHost.Tests.Hosting;

namespace IntegrationHub.LocalHost.Tests.Http;

/// <summary>Requests on the host's URL reach the worker's function with everything they carried, and come back whole.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class HttpForwardingTests
{
    private readonly HttpClient client;

    public HttpForwardingTests(LocalHostFixture fixture)
    {
        client = fixture.Host.Client;
    }

    [Fact]
    public async Task Get_carries_route_parameter_query_and_headers_both_ways()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("sample/echo/42?q=hello%20world", UriKind.Relative));
        request.Headers.Add("x-sample", "from-the-test");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("42", Assert.Single(response.Headers.GetValues("x-echo-id")));
        var echo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(42, echo.GetProperty("id").GetInt32());
        Assert.Equal("GET", echo.GetProperty("method").GetString());
        Assert.Equal("hello world", echo.GetProperty("query").GetString());
        Assert.Equal("from-the-test", echo.GetProperty("header").GetString());
        Assert.True(Guid.TryParse(echo.GetProperty("invocationHeader").GetString(), out _));
    }

    [Fact]
    public async Task Post_body_reaches_the_function_and_its_answer_comes_back()
    {
        using var response = await client.PostAsync(new Uri("sample/echo/7", UriKind.Relative), new StringContent("{\"name\":\"café\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("POST", echo.GetProperty("method").GetString());
        Assert.Equal("{\"name\":\"café\"}", echo.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_64_MiB_body_streamed_without_content_length_arrives_intact()
    {
        var body = new byte[64 * 1024 * 1024];
        new Random(13).NextBytes(body);
        using var content = new UnknownLengthContent(body);

        using var response = await client.PostAsync(new Uri("sample/echo/1", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(body.Length, echo.GetProperty("length").GetInt64());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(body)), echo.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_catch_all_route_gets_the_rest_of_the_path()
    {
        Assert.Equal("reports/2026/q3.csv", await client.GetStringAsync(new Uri("sample/files/reports/2026/q3.csv", UriKind.Relative)));
    }

    [Theory]
    [InlineData("GET", "sample/nothing-here")]
    [InlineData("GET", "api/echo/1")]
    [InlineData("GET", "sample/echo/not-a-number")]
    [InlineData("DELETE", "sample/echo/1")]
    public async Task A_request_no_function_route_matches_is_404(string method, string path)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_function_that_throws_answers_500()
    {
        using var response = await client.GetAsync(new Uri("sample/fail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    /// <summary>Content with no declared length: HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] body;

        public UnknownLengthContent(byte[] body)
        {
            this.body = body;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 1024 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(1024 * 1024, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
