using Npgsql;
using OmgekeerdHandhaven.Web;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>The pool skips the reset (DISCARD ALL) on each return, unless an operator's connection string asks for it.</summary>
public sealed class ConnectionStringTests
{
    [Fact]
    public void PooledConnectionString_SkipsTheResetOnReturn_AndKeepsTheRest()
    {
        var pooled = new NpgsqlConnectionStringBuilder(ApplicationSetup.PooledConnectionString("Host=db;Port=6432;Database=oh;Username=app;Password=geheim;Maximum Pool Size=40"));

        Assert.True(pooled.NoResetOnClose);
        Assert.Equal(("db", 6432, "oh", "app", "geheim", 40), (pooled.Host, pooled.Port, pooled.Database, pooled.Username, pooled.Password, pooled.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false")]
    [InlineData("Host=db;NoResetOnClose=false")]
    [InlineData("Host=db;no reset on close=False")]
    public void PooledConnectionString_LeavesAnExplicitResetSetting(string connectionString)
    {
        var pooled = new NpgsqlConnectionStringBuilder(ApplicationSetup.PooledConnectionString(connectionString));

        Assert.False(pooled.NoResetOnClose);
    }
}
