namespace OmgekeerdHandhaven.Web.Infrastructure;

/// <summary>
/// A background job that looks every so often whether its work of the day is due (the morning run, the bewaartermijnen)
/// and claims it in the database, so a day the app was down is caught up when it starts and several instances do it
/// once. A failure (the database away or not migrated yet) is logged and the next poll tries again.
/// </summary>
public abstract class DailyPoll(ILogger logger) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    public abstract Task RunAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, GetType().Name, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static readonly Action<ILogger, string, string, Exception?> LogFailedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(1, "DailyPollFailed"), "{Job} could not run ({Failure}); the next poll tries again");

    private static void LogFailed(ILogger logger, string job, string failure) => LogFailedMessage(logger, job, failure, null);
}
