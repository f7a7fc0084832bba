using Npgsql;

namespace OmgekeerdHandhaven.Web.Infrastructure;

public static class DatabaseFailures
{
    /// <summary>
    /// Whether <paramref name="error"/> means the database is down or restarting (as opposed to a bug or bad data):
    /// users are told to try again later, and nothing waits on it.
    /// </summary>
    public static bool IsUnavailable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
                case PostgresException postgres when postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300":
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException:
                    return true;
            }
        }

        return false;
    }
}
