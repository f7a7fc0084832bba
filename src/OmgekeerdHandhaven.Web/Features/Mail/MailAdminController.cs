using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Mail;

[Authorize(Policy = Policies.Beheer)]
public sealed class MailAdminController(MailAdminActions actions) : Controller
{
    [HttpGet("/beheer/e-mail")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("~/Features/Mail/Admin.cshtml", await actions.ShowAsync(cancellationToken));

    [HttpPost("/beheer/e-mail/{id:guid}/opnieuw")]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.RetryAsync(id, User.ToActor(), cancellationToken), "/beheer/e-mail");
}
