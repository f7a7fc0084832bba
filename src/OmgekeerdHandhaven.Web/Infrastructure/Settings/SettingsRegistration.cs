using Microsoft.Extensions.Options;

namespace OmgekeerdHandhaven.Web.Infrastructure.Settings;

/// <summary>
/// Settings are typed options bound from one configuration section each and validated when the app starts: a wrong value
/// stops the start with a message naming the setting, instead of surfacing at the first request that reads it.
/// Every setting stands in appsettings.json with its default (a test holds those to the defaults in the classes).
/// </summary>
public static class SettingsRegistration
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class => services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
