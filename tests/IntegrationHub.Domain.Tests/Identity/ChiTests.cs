using IntegrationHub.Domain.Identity;

namespace IntegrationHub.Domain.Tests.Identity;

public sealed class ChiTests
{
    // 010101123?: 0×10+1×9+0×8+1×7+0×6+1×5+1×4+2×3+3×2 = 37; 37 mod 11 = 4; 11 − 4 = 7 → 0101011237.
    [Theory]
    [InlineData("0101011237", "male")]
    [InlineData("0101011245", "female")]
    [InlineData(" 0101011237 ", "male")]
    [InlineData("010101 1237", "male")]
    public void Modulus11Number_IsValid(string raw, string sex)
    {
        var check = Chi.Check(raw);

        Assert.Equal(ChiStatus.Valid, check.Status);
        Assert.Equal(ChiModulus.Modulus11, check.Modulus);
        Assert.Equal(sex, check.Sex);
        Assert.Equal("0101011237"[..8], check.Number![..8]);
    }

    // 150326 123 ?: doubled at positions 1,3,5,7,9: 1→2, 0→0, 2→4, 1→2, 3→6; others 5,3,6,2 → 2+5+0+3+4+6+2+2+6 = 30 → check 0.
    [Fact]
    public void Modulus10Number_IsValid()
    {
        var check = Chi.Check("1503261230");

        Assert.Equal(ChiStatus.Valid, check.Status);
        Assert.Equal(ChiModulus.Modulus10, check.Modulus);
        Assert.Equal(0, Chi.Modulus10("150326123"));
    }

    [Fact]
    public void NumberWhoseModulus11CheckWouldBeTen_IsInvalidUnlessModulus10Passes()
    {
        // Find nine digits whose modulus 11 check is 10, then show neither check digit 0–9 passes mod 11.
        var first9 = Enumerable.Range(100, 899).Select(n => "010101" + n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))
            .First(d => Chi.Modulus11(d) is null);
        var luhn = Chi.Modulus10(first9);

        var withLuhn = Chi.Check(first9 + luhn);
        var other = Chi.Check(first9 + ((luhn + 1) % 10));

        Assert.Equal(ChiStatus.Valid, withLuhn.Status);
        Assert.Equal(ChiModulus.Modulus10, withLuhn.Modulus);
        Assert.Equal(ChiStatus.InvalidCheckDigit, other.Status);
    }

    [Theory]
    [InlineData("0101011238")]
    [InlineData("0101011230")]
    public void WrongCheckDigit_IsInvalid(string raw) => Assert.Equal(ChiStatus.InvalidCheckDigit, Chi.Check(raw).Status);

    [Theory]
    [InlineData("3102991234")]
    [InlineData("0013501234")]
    [InlineData("0001501234")]
    [InlineData("3104501234")]
    public void ImpossibleDate_IsInvalidDate(string raw) => Assert.Equal(ChiStatus.InvalidDate, Chi.Check(raw).Status);

    [Fact]
    public void TwentyNinthFebruary_IsValidWhenEitherCenturyIsALeapYear()
    {
        // 29/02/00: 2000 is a leap year (1900 is not) → a valid date.
        Assert.NotEqual(ChiStatus.InvalidDate, Chi.Check("2902001234").Status);
        // 29/02/01: neither 1901 nor 2001.
        Assert.Equal(ChiStatus.InvalidDate, Chi.Check("2902011234").Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("01010112370")]
    [InlineData("01010A1237")]
    [InlineData("0101-011237")]
    public void BadFormat_IsInvalidFormat(string? raw) => Assert.Equal(ChiStatus.InvalidFormat, Chi.Check(raw).Status);

    [Fact]
    public void Agreement_ComparesDdmmyyAndSexDigit()
    {
        var check = Chi.Check("0101011237");

        Assert.True(check.AgreesWithBirthDate(new DateOnly(1901, 1, 1)));
        Assert.True(check.AgreesWithBirthDate(new DateOnly(2001, 1, 1)));
        Assert.False(check.AgreesWithBirthDate(new DateOnly(2001, 1, 2)));
        Assert.True(check.AgreesWithSex("male"));
        Assert.False(check.AgreesWithSex("female"));
        Assert.True(check.AgreesWithSex("unknown"));
        Assert.True(check.AgreesWithSex(null));
    }
}
