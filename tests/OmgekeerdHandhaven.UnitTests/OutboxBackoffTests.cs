using OmgekeerdHandhaven.Web.Features.Mail;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(20, 3600)]
    public void AFailedMail_WaitsLongerEachTime_AtMostAnHour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxWorker.Backoff(attempts));
}
