using System.Net;
using Microsoft.EntityFrameworkCore;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>The user's steps in the dilemma screens, as form posts with the page's own antiforgery token.</summary>
public static class DilemmaSteps
{
    public const string Situation =
        "Een gezin met een bijstandsuitkering blijkt op zolder een hennepplantage te hebben. Het gezin krijgt sinds een half jaar jeugdhulp.";

    public static (string Name, string Value)[] HennepFields(IEnumerable<string> policyAreaIds, params (string Name, string Value)[] overrides)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("Title", "Bijstandsgezin met hennepplantage en jeugdhulp"),
            ("Situation", Situation),
            ("Question", "Beëindigen we de uitkering direct, of krijgt jeugdhulp eerst de tijd?"),
            ("Interests", "Veiligheid van de kinderen en rechtmatigheid."),
            ("Phase", "RunningBenefit"),
            ("RiskSignals", "hennep"),
            ("RiskSignals", "jeugdhulp betrokken"),
            ("OtherRiskSignals", "brandgevaar"),
            ("Options[0].Description", "Uitkering direct beëindigen en boete opleggen"),
            ("Options[0].Consequences", "Het gezin raakt in acute geldnood."),
            ("Options[1].Description", "Jeugdhulp krijgt 6 weken, daarna handhaving"),
            ("Options[1].Consequences", "Rechtmatigheid later hersteld, hulp blijft."),
            ("Proposal", "De middenweg met afspraken."),
            ("LegalBasis", "art. 17 Participatiewet"),
        };
        fields.AddRange(policyAreaIds.Select(id => ("PolicyAreaIds", id)));
        foreach (var (name, value) in overrides)
        {
            fields.RemoveAll(f => f.Name == name);
            fields.Add((name, value));
        }

        return [.. fields];
    }

    public static async Task<List<string>> PolicyAreaIdsAsync(AppFactory app, string code, params string[] names) =>
        await app.QueryAsync(db => db.PolicyAreas.IgnoreQueryFilters()
            .Where(p => names.Contains(p.Name) && db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == code))
            .Select(p => p.Id.ToString()).ToListAsync());

    /// <summary>Creates the hennep dilemma in Gemeente Voorbeeld and returns its number (from the redirect).</summary>
    public static Task<string> CreateHennepAsync(WebSession session, AppFactory app, bool submit, params (string Name, string Value)[] overrides) =>
        CreateHennepInAsync("GM0000", session, app, submit, overrides);

    /// <summary>Creates the hennep dilemma in the session user's gemeente <paramref name="code"/> and returns its number.</summary>
    public static async Task<string> CreateHennepInAsync(string code, WebSession session, AppFactory app, bool submit, params (string Name, string Value)[] overrides)
    {
        var areas = await PolicyAreaIdsAsync(app, code, "Participatiewet", "Jeugdhulp");
        var response = await session.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            [.. HennepFields(areas, overrides), ("Command", submit ? "indienen" : "concept")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/dilemmas/[0-9]{4}-[0-9]{4}$", location);
        return location["/dilemmas/".Length..];
    }

    public static Task<HttpResponseMessage> DecideAsync(WebSession session, string number, params (string Name, string Value)[] fields) =>
        session.SubmitAsync($"/dilemmas/{number}/besluit", $"/dilemmas/{number}/besluit", fields);

    /// <summary>The form's version field, which a real browser posts back unchanged.</summary>
    public static async Task<string> VersionOnAsync(WebSession session, string url)
    {
        var (_, page) = await session.GetAsync(url);
        return page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
    }
}
