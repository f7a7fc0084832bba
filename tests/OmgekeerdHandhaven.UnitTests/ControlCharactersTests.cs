using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("regel een\r\nregel twee\tmet tab")]
    [InlineData("Gezin met hennep — € 1.234,56, ‘aanhalingstekens’ en ë")]
    public void TabsLineBreaksAndOrdinaryText_AreAccepted(string text) => Assert.Null(ControlCharacters.Find(text));

    [Theory]
    [InlineData("a\u0000b", '\u0000')]
    [InlineData("pagina\u000Cvolgende", '\u000C')]
    [InlineData("regel\u000Bnog een", '\u000B')]
    [InlineData("\u007F", '\u007F')]
    [InlineData("x\u0085y", '\u0085')]
    public void OtherControlCharacters_AreFound(string text, char expected) => Assert.Equal(expected, ControlCharacters.Find(text));

    [Fact]
    public void Message_NamesTheFieldAndTheCharacter_NotTheText() =>
        Assert.Equal("Situatie bevat een onzichtbaar stuurteken (U+0000). Haal het weg en probeer het opnieuw.", ControlCharacters.Message("Situatie", '\u0000'));

    [Fact]
    public void Strip_RemovesOnlyRefusedCharacters() => Assert.Equal("hennep\tjeugdhulp\n", ControlCharacters.Strip("hen\u0000nep\tjeugd\u0007hulp\n"));

    [Fact]
    public async Task DilemmaValidator_ReportsControlCharacterAndPersonalDataTogether_WithTheLengthError()
    {
        var form = new DilemmaForm { Title = "Bel\u0007 0612345678", Situation = "kort", Question = "Wat doen we met deze situatie nu?" };

        var errors = (await new DilemmaFormValidator(new NoColleagues()).ValidateAsync(form)).Errors.Where(e => e.PropertyName == nameof(DilemmaForm.Title)).Select(e => e.ErrorMessage).ToList();

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Titel bevat een onzichtbaar stuurteken", errors[0], StringComparison.Ordinal);
        Assert.Contains("telefoonnummer", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void FormFieldOrder_FollowsTheFormsDeclarationOrder_NotTheAlphabet()
    {
        string[] keys = ["Phase", "Options[1].Consequences", "", "Situation", "Options[0].Consequences", "Options[1].Description", "Title", "LegalBasis"];

        var sorted = FormFieldOrder.Sort(keys, k => k, typeof(DilemmaForm)).ToList();

        Assert.Equal(["", "Title", "Situation", "Phase", "Options[0].Consequences", "Options[1].Description", "Options[1].Consequences", "LegalBasis"], sorted);
    }

    private sealed class NoColleagues : IColleagueNames
    {
        public Task<IReadOnlyCollection<string>> AllAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyCollection<string>>([]);
    }
}
