using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Oefenen: the solution only after the learner's own approach, answers for the learner alone, practice sets.</summary>
[Collection(SharedApp.Name)]
public sealed class PracticeTests(AppFactory app)
{
    [Fact]
    public async Task PracticeRound_HidesTheSolutionUntilTheLearnerAnswered_ThenShowsBoth()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");

        var random = await consulent.Client.GetAsync("/oefenen/willekeurig?domein=Jeugdhulp");
        Assert.Equal(HttpStatusCode.Redirect, random.StatusCode);
        var exercise = random.Headers.Location!.OriginalString;
        var solution = await SolutionOfAsync(exercise["/oefenen/dilemmas/".Length..]);
        // A stretch of the solution no other field shares: the longest stretch between the markers of text another test
        // removed ("[verwijderd door de beheerder op …]" may stand in other fields of the same dilemma too).
        var telling = System.Text.RegularExpressions.Regex.Split(solution, @"\[[^\]]*\]").Select(p => p.Trim()).MaxBy(p => p.Length)!;
        solution = telling[..Math.Min(40, telling.Length)];
        Assert.True(solution.Length >= 15, $"the solution holds a telling stretch: {solution}");
        var (_, page) = await consulent.GetAsync(exercise);
        Assert.DoesNotContain(solution, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var answered = await consulent.SubmitAsync(exercise, exercise, ("Approach", "Ik geef jeugdhulp eerst zes weken en maak dan afspraken over de inkomsten."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var (_, result) = await consulent.GetAsync(answered.Headers.Location!.OriginalString);
        Assert.Contains("Ik geef jeugdhulp eerst zes weken", result.GetElementById("uw-aanpak")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains(solution, result.GetElementById("gekozen")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var (_, index) = await consulent.GetAsync("/oefenen");
        Assert.Contains(index.QuerySelectorAll("#mijn-antwoorden + ul a"), a => a.GetAttribute("href") == answered.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task PracticeAnswers_AreTheLearnersOwn_OthersGetNotFound_AndDoNotSeeThemListed()
    {
        var handhaver = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "handhaver@voorbeeld.nl"));
        var answer = await app.QueryAsync(db => db.PracticeAnswers.IgnoreQueryFilters().Where(a => a.UserId == handhaver.Id).Select(a => a.Id).FirstAsync());
        using var own = app.CreateSession();
        await own.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var other = app.CreateSession();
        await other.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");

        var (mine, _) = await own.GetAsync($"/oefenen/antwoorden/{answer}");
        var (theirs, _) = await other.GetAsync($"/oefenen/antwoorden/{answer}");
        var (_, index) = await other.GetAsync("/oefenen");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/oefenen/antwoorden/{answer}");
    }

    [Fact]
    public async Task PrivateSet_IsOnlyItsMakers_AndStepsThroughItsDilemmasInOrder()
    {
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var (_, form) = await beslisser.GetAsync("/oefenen/sets/nieuw");
        var numbers = form.QuerySelectorAll("input[name='Form.Dilemmas']").Select(i => i.GetAttribute("value")!).Take(2).ToList();
        Assert.Equal(2, numbers.Count);

        var created = await beslisser.SubmitAsync("/oefenen/sets/nieuw", "/oefenen/sets/nieuw",
            [("Form.Name", "Privé-oefenset van de beslisser"), .. numbers.Select(n => ("Form.Dilemmas", n))]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var set = await app.QueryAsync(db => db.PracticeSets.IgnoreQueryFilters().SingleAsync(s => s.Name == "Privé-oefenset van de beslisser"));
        Assert.False(set.Shared);

        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var (_, consulentIndex) = await consulent.GetAsync("/oefenen");
        Assert.DoesNotContain("Privé-oefenset van de beslisser", consulentIndex.Body!.TextContent, StringComparison.Ordinal);
        var (hidden, _) = await consulent.GetAsync($"/oefenen/sets/{set.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        var start = await beslisser.Client.GetAsync($"/oefenen/sets/{set.Id}");
        var first = start.Headers.Location!.OriginalString;
        Assert.StartsWith($"/oefenen/dilemmas/{numbers[0]}?set=", first, StringComparison.Ordinal);
        var (_, step) = await beslisser.GetAsync(first);
        Assert.Contains("dilemma 1 van 2", step.Body!.TextContent, StringComparison.Ordinal);
        var answered = await beslisser.SubmitAsync(first, $"/oefenen/dilemmas/{numbers[0]}", ("Approach", "Mijn aanpak voor het eerste dilemma."));
        var (_, result) = await beslisser.GetAsync(answered.Headers.Location!.OriginalString);
        Assert.Equal($"/oefenen/dilemmas/{numbers[1]}?set={set.Id}", result.QuerySelectorAll("a").Single(a => a.TextContent == "Volgend dilemma").GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "Schrijf eerst uw aanpak")]
    [InlineData("Ik bel de klant op 06-12345678 om het te bespreken.", "telefoonnummer")]
    public async Task ABadAnswer_GetsItsErrorNextToTheField_AndIsNotSaved(string approach, string message)
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var exercise = (await consulent.Client.GetAsync("/oefenen/willekeurig")).Headers.Location!.OriginalString;
        var before = await app.QueryAsync(db => db.PracticeAnswers.IgnoreQueryFilters().CountAsync());

        var response = await consulent.SubmitAsync(exercise, exercise, ("Approach", approach));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains(message, page.GetElementById("Approach-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.PracticeAnswers.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task OnlyABeslisser_ComposesASet_AndAnOpenDilemmaCannotBePractised()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var open = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.Status == DilemmaStatus.UnderDiscussion && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000"))
            .Select(d => new { d.Year, d.Sequence }).FirstAsync());

        var compose = await consulent.Client.GetAsync("/oefenen/sets/nieuw");
        var (practise, _) = await consulent.GetAsync($"/oefenen/dilemmas/{new DilemmaNumber(open.Year, open.Sequence)}");

        Assert.Equal(HttpStatusCode.Forbidden, compose.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, practise.StatusCode);
    }

    private async Task<string> SolutionOfAsync(string number)
    {
        Assert.True(DilemmaNumber.TryParse(number, out var parsed));
        return await app.QueryAsync(db => db.Decisions.IgnoreQueryFilters()
            .Where(x => x.SupersededAt == null && db.Dilemmas.Any(d => d.Id == x.DilemmaId && d.Year == parsed.Year && d.Sequence == parsed.Sequence
                && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000")))
            .Select(x => x.Solution).SingleAsync());
    }
}
