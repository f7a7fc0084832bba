using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OmgekeerdHandhaven.Web.Data.Search;
using OmgekeerdHandhaven.Web.Features.CaseBooklets;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>
/// appsettings.json is where an operator reads what can be set: every setting of every options class stands there, with
/// the class's own default, so the two cannot drift apart.
/// </summary>
public sealed class SettingsTests
{
    public static TheoryData<Type, string> Settings => new()
    {
        { typeof(LoginLimitOptions), LoginLimitOptions.Section },
        { typeof(SecurityOptions), SecurityOptions.Section },
        { typeof(ReverseProxyOptions), ReverseProxyOptions.Section },
        { typeof(DemoOptions), DemoOptions.Section },
        { typeof(SearchOptions), SearchOptions.Section },
        { typeof(SearchLanguageOptions), SearchLanguageOptions.Section },
        { typeof(BookletExportOptions), BookletExportOptions.Section },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void AppSettings_ListsEverySetting_WithTheDefaultOfItsClass(Type type, string section)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(AppSettingsPath()));
        var element = section.Split(':').Aggregate(json.RootElement, (e, name) => e.GetProperty(name));
        var defaults = Activator.CreateInstance(type)!;
        var configured = new ConfigurationBuilder().AddJsonFile(AppSettingsPath()).Build().GetSection(section).Get(type) ?? Activator.CreateInstance(type)!;

        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            Assert.True(element.TryGetProperty(property.Name, out _), $"appsettings.json lacks {section}:{property.Name}");
            var expected = property.GetValue(defaults);
            var actual = property.GetValue(configured);
            if (expected is IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{section}:{property.Name} is {actual} in appsettings.json but {expected} in {type.Name}");
            }
        }

        // And nothing stands in the section that no class reads (a typo would be ignored silently).
        var known = type.GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(element.EnumerateObject(), p => Assert.Contains(p.Name, known));
    }

    private static string AppSettingsPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "OmgekeerdHandhaven.Web", "appsettings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("src/OmgekeerdHandhaven.Web/appsettings.json not found above the test's directory.");
    }
}
