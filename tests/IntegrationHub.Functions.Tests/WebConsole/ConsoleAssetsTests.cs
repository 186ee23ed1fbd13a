using IntegrationHub.Functions.WebConsole;

namespace IntegrationHub.Functions.Tests.WebConsole;

public sealed class ConsoleAssetsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("console-assets").FullName;

    public ConsoleAssetsTests()
    {
        File.WriteAllText(Path.Combine(root, "index.html"), "<!doctype html>");
        File.WriteAllText(Path.Combine(root, "app-JKTZUVLB.js"), "export {}");
        File.WriteAllText(Path.Combine(root, "app-EUPYZAAB.css"), "body{}");
        File.WriteAllText(Path.Combine(root, "app-JKTZUVLB.js.LEGAL.txt"), "MIT");
    }

    [Fact]
    public void The_index_is_served_for_the_empty_path_and_revalidated_on_every_load()
    {
        var index = new ConsoleAssets(root).Find(string.Empty);

        Assert.NotNull(index);
        Assert.Equal("text/html; charset=utf-8", index.ContentType);
        Assert.Equal(ConsoleAssets.Revalidate, index.CacheControl);
    }

    [Theory]
    [InlineData("app-JKTZUVLB.js", "text/javascript; charset=utf-8")]
    [InlineData("app-EUPYZAAB.css", "text/css; charset=utf-8")]
    public void Hashed_bundles_are_immutable_with_their_content_type(string name, string type)
    {
        var asset = new ConsoleAssets(root).Find(name);

        Assert.NotNull(asset);
        Assert.Equal(type, asset.ContentType);
        Assert.Equal(ConsoleAssets.Immutable, asset.CacheControl);
    }

    [Fact]
    public void A_name_without_the_hash_is_revalidated()
    {
        Assert.Equal(ConsoleAssets.Revalidate, new ConsoleAssets(root).Find("app-JKTZUVLB.js.LEGAL.txt")!.CacheControl);
    }

    [Theory]
    [InlineData("missing.js")]
    [InlineData("../secret.txt")]
    [InlineData("/etc/passwd")]
    public void Nothing_outside_the_console_or_missing_is_found(string name)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(root)!, "secret.txt"), "no");
        Assert.Null(new ConsoleAssets(root).Find(name));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
