using IntegrationHub.Domain.SocialCare;

namespace IntegrationHub.Domain.Tests.SocialCare;

public sealed class ReturnPeriodTests
{
    [Theory]
    [InlineData("2025Q1", "2025-04-01", "2025-06-30")]
    [InlineData("2025Q2", "2025-07-01", "2025-09-30")]
    [InlineData("2025Q3", "2025-10-01", "2025-12-31")]
    [InlineData("2025Q4", "2026-01-01", "2026-03-31")]
    [InlineData("2025q4", "2026-01-01", "2026-03-31")]
    [InlineData("2023Q4", "2024-01-01", "2024-03-31")]
    [InlineData("2025", "2025-04-01", "2026-03-31")]
    public void FinancialYearPeriods_CoverTheirMonths(string text, string start, string end)
    {
        Assert.True(ReturnPeriod.TryParse(text, out var period));

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (period.Start, period.End));
    }

    [Theory]
    [InlineData("2025Q0")]
    [InlineData("2025Q5")]
    [InlineData("2025-Q1")]
    [InlineData("25Q1")]
    [InlineData("2025Q")]
    [InlineData("Q1 2025")]
    [InlineData("1899")]
    [InlineData("abcd")]
    [InlineData("")]
    public void AnythingElse_IsNotAPeriod(string text)
    {
        Assert.False(ReturnPeriod.TryParse(text, out _));
    }
}
