using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>
/// Sends the user to the gemeente's provider (to log in, or to log out there too). When the provider cannot be reached
/// — its metadata unreadable, no end-session endpoint — the user lands on the login page with a Dutch message instead
/// of an error page.
/// </summary>
public sealed partial class ProviderRedirectResult(string scheme, AuthenticationProperties properties, bool signOut) : IActionResult
{
    public const string Unreachable =
        "De inlogpagina van uw gemeente is nu niet bereikbaar. Probeer het over een paar minuten opnieuw; een beheerder kan zo nodig het noodaccount gebruiken.";

    public const string NotSignedOutThere =
        "U bent uitgelogd bij het Dilemmaregister. Uitloggen bij uw gemeente-account lukte niet; sluit uw browser om ook daar uit te loggen.";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        try
        {
            if (signOut)
            {
                await http.SignOutAsync(scheme, properties);
            }
            else
            {
                await http.ChallengeAsync(scheme, properties);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException && !http.Response.HasStarted)
        {
            LogUnreachable(http.RequestServices.GetRequiredService<ILogger<ProviderRedirectResult>>(), scheme, ex.GetType().Name);
            var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
            tempData[signOut ? "Melding" : "Fout"] = signOut ? NotSignedOutThere : Unreachable;
            tempData.Save();
            http.Response.Redirect("/inloggen");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The identity provider of scheme {Scheme} could not be reached: {Failure}")]
    private static partial void LogUnreachable(ILogger logger, string scheme, string failure);
}
