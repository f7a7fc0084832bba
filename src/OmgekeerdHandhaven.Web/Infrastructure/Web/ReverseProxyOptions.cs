using System.ComponentModel.DataAnnotations;
using System.Net;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>Section "ReverseProxy": the load balancers whose X-Forwarded-For/-Proto are trusted (loopback always is).</summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"ReverseProxy:KnownProxies: '{p}' is not an IP address.", [nameof(KnownProxies)]));
}
