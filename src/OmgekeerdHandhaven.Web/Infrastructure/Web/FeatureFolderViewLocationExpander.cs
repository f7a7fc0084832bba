using Microsoft.AspNetCore.Mvc.Razor;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>Views live beside their controller in Features/&lt;Controller&gt;/ (vertical slices), shared ones in Features/Shared/.</summary>
public sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml"];
}
