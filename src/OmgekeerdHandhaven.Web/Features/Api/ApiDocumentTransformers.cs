using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// What the generated OpenAPI document lacks for a reader of the API documentation page: a proper title, the bearer
/// scheme (personal access tokens), every error answer as problem+json, and the allowed values of the enum fields.
/// </summary>
public static class ApiDocumentTransformers
{
    public const string BearerScheme = "Bearer";

    private static readonly (string Status, string Description, string Schema)[] Problems =
    [
        ("400", "De gegevens zijn niet geldig; errors noemt per veld wat er mis is.", nameof(ValidationProblemDetails)),
        ("401", "Geen of een ongeldig, ingetrokken of verlopen toegangstoken.", nameof(ProblemDetails)),
        ("403", "Uw rol staat dit niet toe.", nameof(ProblemDetails)),
        ("404", "Niet gevonden, of van een andere gemeente.", nameof(ProblemDetails)),
        ("409", "Niet mogelijk in deze status, of intussen door een ander gewijzigd.", nameof(ProblemDetails)),
        ("429", "Te veel verzoeken met dit token; Retry-After zegt na hoeveel seconden het weer kan.", nameof(ProblemDetails)),
    ];

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer(async (document, context, cancellationToken) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Dilemmaregister API",
                Version = "v1",
                Description = "Dilemma's met hun oplossing, zoeken, besluiten, afspraken en uitwisseling. Gebruik een persoonlijk toegangstoken " +
                    "(Mijn profiel) als Authorization: Bearer ohp_…; een token handelt als zijn gebruiker, met diens gemeente en rollen.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Persoonlijk toegangstoken (ohp_…), te maken op Mijn profiel.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            foreach (var type in new[] { typeof(ProblemDetails), typeof(ValidationProblemDetails) })
            {
                if (!document.Components.Schemas.ContainsKey(type.Name))
                {
                    document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
                }
            }
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= [];
            // A read never conflicts: 409 only where something changes.
            var reads = string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
            foreach (var (status, description, schema) in Problems.Where(p => !(reads && p.Status == "409")))
            {
                operation.Responses.TryAdd(status, new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schema, context.Document) },
                    },
                });
            }

            return Task.CompletedTask;
        });

        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(EnumValuesAttribute), inherit: false) is [EnumValuesAttribute values, ..])
            {
                schema.Enum = [.. Enum.GetNames(values.EnumType).Select(name => (JsonNode)JsonValue.Create(name))];
            }

            return Task.CompletedTask;
        });
    }
}
