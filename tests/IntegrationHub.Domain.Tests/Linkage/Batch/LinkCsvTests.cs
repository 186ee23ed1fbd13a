using System.Text;
using IntegrationHub.Domain.Linkage.Batch;

namespace IntegrationHub.Domain.Tests.Linkage.Batch;

public sealed class LinkCsvTests
{
    [Theory]
    [InlineData("1959-07-22", "1959-07-22", null)]
    [InlineData("19590722", "1959-07-22", null)]
    [InlineData("19597022", null, "19597022")]
    [InlineData("1959-70-22", null, "19597022")]
    [InlineData("22/07/1959", null, null)]
    [InlineData("1959722", null, null)]
    [InlineData("unknown", null, null)]
    public void BirthDates_ThatAreNoCalendarDate_KeepTheirDigits(string written, string? date, string? unread)
    {
        var inputs = LinkCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes($"record_id,date_of_birth\nr1,{written}\n")));

        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), inputs[0].Demographics.BirthDate);
        Assert.Equal(unread, inputs[0].Demographics.UnreadBirthDate);
    }
}
