using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IntegrationHub.Functions.Tests.Deployment;

/// <summary>
/// Fails when a key-like secret is committed: storage account keys, connection strings with a key, private keys,
/// JWTs, SAS signatures, cloud access keys, and long base64 values given to a setting named like a key or secret.
/// Only the two publicly documented, development-only emulator keys are allowed.
/// </summary>
public sealed partial class NoCommittedSecretsTests
{
    private static readonly HashSet<string> DocumentedDevelopmentValues = new(StringComparer.Ordinal)
    {
        // Azurite's well-known account key, published in Microsoft's Azurite documentation; it opens only a local emulator.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",

        // base64 of "development-only-cosmos-key-not-a-secret": the local Cosmos API server accepts any key.
        "ZGV2ZWxvcG1lbnQtb25seS1jb3Ntb3Mta2V5LW5vdC1hLXNlY3JldA==",
    };

    [Fact]
    public void TrackedFiles_HoldNoKeyLikeSecret()
    {
        var findings = new List<string>();
        foreach (var path in TrackedFiles())
        {
            var full = Repository.File(path);
            if (!File.Exists(full) || new FileInfo(full).Length > 2_000_000)
            {
                continue;
            }

            var text = File.ReadAllText(full);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue;
            }

            findings.AddRange(Find(text).Select(f => $"{path}: {f}"));
        }

        Assert.True(findings.Count == 0, "key-like secrets committed:\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=" + "abcdEFGHijklMNOPqrstUVWXyz0123456789abcdEFGHijklMNOPqrstUVWXyz0123456789abcdEFGHij==")]
    // The samples are split so that this file, which is tracked too, does not hold them whole.
    [InlineData("-----BEGIN RSA PRIVATE" + " KEY-----")]
    [InlineData("-----BEGIN PGP PRIVATE" + " KEY BLOCK-----")]
    [InlineData("token: eyJhbGciOiJIUzI1NiJ9." + "eyJzdWIiOiJhIiwiZXhwIjoxfQ.c2lnbmF0dXJlLXZhbHVlLWhlcmU")]
    [InlineData("https://x.blob.core.windows.net/c?sv=2022-11-02&s" + "ig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2B%2F")]
    [InlineData("aws_access_key_id = AKIA" + "IOSFODNN7EXAMPLE")]
    [InlineData("\"Pseudonymisation__Key\": \"q8ZtB3m1yX0vR2cL5nQ9wE7uI4oP6aS8dF1gH3jK5lM=\"")]
    public void EachKindOfSecret_IsFound(string line)
    {
        Assert.NotEmpty(Find(line));
    }

    [Theory]
    [InlineData("\"Pseudonymisation__Key\": \"\"")]
    [InlineData("AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")]
    [InlineData("Cosmos__Key=\"ZGV2ZWxvcG1lbnQtb25seS1jb3Ntb3Mta2V5LW5vdC1hLXNlY3JldA==\"")]
    public void DocumentedDevelopmentValuesAndEmptySettings_AreNotFindings(string line)
    {
        Assert.Empty(Find(line));
    }

    private static IEnumerable<string> Find(string text)
    {
        foreach (Match match in StorageKey().Matches(text))
        {
            if (!DocumentedDevelopmentValues.Contains(match.Value))
            {
                yield return "a storage-account-style key";
            }
        }

        foreach (Match match in SecretSetting().Matches(text))
        {
            if (!DocumentedDevelopmentValues.Contains(match.Groups["value"].Value))
            {
                yield return $"a value for {match.Groups["name"].Value}";
            }
        }

        if (PrivateKey().IsMatch(text))
        {
            yield return "a private key block";
        }

        if (Jwt().IsMatch(text))
        {
            yield return "a JWT";
        }

        if (SasSignature().IsMatch(text))
        {
            yield return "a SAS signature";
        }

        if (AwsKey().IsMatch(text))
        {
            yield return "a cloud access key id";
        }
    }

    private static IEnumerable<string> TrackedFiles()
    {
        var git = Process.Start(new ProcessStartInfo("git", "ls-files -z") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    // Not after "sha512-": package-lock integrity values are public checksums of the same shape.
    [GeneratedRegex("(?<![A-Za-z0-9+/]|sha512-)[A-Za-z0-9+/]{86}==")]
    private static partial Regex StorageKey();

    // Bounded and non-backtracking: the bad-input corpus holds megabyte-long runs of letters.
    [GeneratedRegex("(?i)\"?(?<name>[A-Za-z_:]{0,60}(key|secret|password)[A-Za-z_:]{0,60})\"?\\s*[:=]\\s*\"?(?<value>[A-Za-z0-9+/=_-]{40,})", RegexOptions.NonBacktracking)]
    private static partial Regex SecretSetting();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}")]
    private static partial Regex Jwt();

    [GeneratedRegex("[?&]sig=[A-Za-z0-9%+/=]{20,}")]
    private static partial Regex SasSignature();

    [GeneratedRegex("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")]
    private static partial Regex AwsKey();
}
