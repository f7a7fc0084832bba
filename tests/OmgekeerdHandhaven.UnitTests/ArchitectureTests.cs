using System.Reflection;
using NetArchTest.Rules;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>
/// The dependency rules of docs/architecture.md, checked on the compiled app so that the next shortcut fails the build's
/// tests instead of waiting for a reviewer: the domain depends on nothing of the app, data only on the domain,
/// infrastructure not on features, and a feature uses another only through its actions, queries and read models —
/// never its controllers, view models, page builders or validators. The API is a front-end: nothing depends on it.
/// </summary>
public sealed class ArchitectureTests
{
    private const string App = "OmgekeerdHandhaven.Web";

    private static readonly Assembly Web = typeof(AppDbContext).Assembly;

    /// <summary>The composition root and the command line sit above every layer: they may use anything, nothing uses them.</summary>
    private static readonly string[] Hosts = [$"{App}.ApplicationSetup", $"{App}.Cli"];

    [Fact]
    public void Domain_DependsOnNothingOfTheApp_NorOnEfCoreOrMvc() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Domain").ShouldNot()
            .HaveDependencyOnAny([$"{App}.Data", $"{App}.Features", $"{App}.Infrastructure", .. Hosts, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Mvc"]));

    [Fact]
    public void Data_DependsOnlyOnTheDomain() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Data").ShouldNot()
            .HaveDependencyOnAny([$"{App}.Features", $"{App}.Infrastructure", .. Hosts]));

    [Fact]
    public void Infrastructure_DoesNotDependOnFeatures() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Infrastructure").ShouldNot()
            .HaveDependencyOnAny([$"{App}.Features", .. Hosts]));

    [Fact]
    public void SharedPartsOfTheScreens_DoNotDependOnAnyFeature() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Features.Shared").ShouldNot()
            .HaveDependencyOnAny([.. Features().Where(f => f != "Shared").Select(f => $"{App}.Features.{f}.")]));

    [Fact]
    public void NothingDependsOnTheApi_ItIsAFrontEnd() =>
        AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Features")
            .And().DoNotResideInNamespaceStartingWith($"{App}.Features.Api").ShouldNot().HaveDependencyOn($"{App}.Features.Api."));

    [Fact]
    public void NoFeature_UsesAnotherFeaturesControllersViewModelsPageBuildersOrValidators()
    {
        foreach (var feature in Features())
        {
            var othersInternals = Web.GetTypes()
                .Where(t => t.Namespace?.StartsWith($"{App}.Features.", StringComparison.Ordinal) == true && FeatureOf(t) != feature && IsScreenInternal(t))
                .Select(t => t.FullName!)
                .ToArray();
            AssertNone(Types.InAssembly(Web).That().ResideInNamespaceStartingWith($"{App}.Features.{feature}.").Or().ResideInNamespace($"{App}.Features.{feature}")
                .ShouldNot().HaveDependencyOnAny(othersInternals));
        }
    }

    /// <summary>The rules above are only worth something if a dependency is seen at all: the API does use the dilemmas' actions.</summary>
    [Fact]
    public void Rules_SeeDependencies_TheApiUsesTheDilemmaActions()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace($"{App}.Features.Api")
            .ShouldNot().HaveDependencyOn($"{App}.Features.Dilemmas.DilemmaActions").GetResult();
        Assert.False(result.IsSuccessful);
    }

    /// <summary>
    /// Controllers answer requests; the actions change things. Read from the compiled code (async methods and lambdas
    /// included): no controller saves through the DbContext or writes the logboek itself.
    /// </summary>
    [Fact]
    public void NoController_SavesOrWritesTheLogboek()
    {
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(Web.Location);
        var controllers = Web.GetTypes().Where(t => typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(controllers);
        var calls = module.Types.Where(t => controllers.Contains(t.FullName))
            .SelectMany(t => new[] { t }.Concat(Nested(t)))
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions.Select(i => (Type: t, Call: i.Operand as Mono.Cecil.MethodReference))))
            .Where(c => c.Call is not null && Writes(c.Call))
            .Select(c => $"{c.Type.FullName} calls {c.Call!.DeclaringType.Name}.{c.Call.Name}")
            .Distinct()
            .ToList();
        Assert.True(calls.Count == 0, "Breaks the rule: " + string.Join("; ", calls));

        static IEnumerable<Mono.Cecil.TypeDefinition> Nested(Mono.Cecil.TypeDefinition type) => type.NestedTypes.SelectMany(n => new[] { n }.Concat(Nested(n)));

        static bool Writes(Mono.Cecil.MethodReference method) =>
            (method.Name.StartsWith("SaveChanges", StringComparison.Ordinal) && method.DeclaringType.Name is "DbContext" or nameof(AppDbContext))
            || (method.Name == nameof(AuditLog.Record) && method.DeclaringType.Name == nameof(AuditLog));
    }

    private static bool IsScreenInternal(Type type) =>
        type.Name.EndsWith("Controller", StringComparison.Ordinal) || type.Name.EndsWith("ViewModel", StringComparison.Ordinal)
        || type.Name.EndsWith("PageBuilder", StringComparison.Ordinal) || type.Name.EndsWith("Validator", StringComparison.Ordinal);

    private static string? FeatureOf(Type type) => type.Namespace?.Split('.') is { Length: > 3 } parts && parts[2] == "Features" ? parts[3] : null;

    private static IEnumerable<string> Features() => Web.GetTypes().Select(FeatureOf).OfType<string>().Distinct().Order();

    private static void AssertNone(ConditionList rule)
    {
        var result = rule.GetResult();
        Assert.True(result.IsSuccessful, $"Breaks the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
