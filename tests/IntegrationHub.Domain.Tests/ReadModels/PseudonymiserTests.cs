using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.ReadModels;

namespace IntegrationHub.Domain.Tests.ReadModels;

public sealed class PseudonymiserTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");

    [Fact]
    public void AnonId_IsTheTruncatedHmacOfThePersonId()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes("p-123"))[..16]);

        Assert.Equal(expected, new Pseudonymiser(Key).AnonId("p-123"));
        Assert.Equal(32, expected.Length);
    }

    [Fact]
    public void AnotherKey_GivesAnotherAnonId()
    {
        var other = Encoding.ASCII.GetBytes("fedcba9876543210fedcba9876543210");

        Assert.NotEqual(new Pseudonymiser(Key).AnonId("p-123"), new Pseudonymiser(other).AnonId("p-123"));
    }

    [Fact]
    public void ShortKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymiser(new byte[16]));
    }
}
