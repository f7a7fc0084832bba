using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class RedactionTests
{
    private const string Marker = "[verwijderd door de beheerder op 4 december 2026]";

    [Fact]
    public void Replaces_EveryOccurrence_WhateverItsCaseOrLineBreaks_AndCountsPerPlace()
    {
        var redaction = new Redaction("De Frietzwoef & Co", Marker);

        var text = redaction.Apply("Boven de frietzwoef &\nco zit de plantage; DE FRIETZWOEF & CO is van de vader.", "Situatie");

        Assert.Equal($"Boven {Marker} zit de plantage; {Marker} is van de vader.", text);
        Assert.Equal(2, redaction.Found["Situatie"]);
        Assert.Equal("Niets hier.", redaction.Apply("Niets hier.", "Titel"));
        Assert.False(redaction.Found.ContainsKey("Titel"));
    }

    [Fact]
    public void InAShortField_TheShortMarkerStands_AndFailingThatTheTextIsCut()
    {
        var redaction = new Redaction("Frietzwoef", Marker);

        Assert.Equal("Hennep boven snackbar [verwijderd]", redaction.Apply("Hennep boven snackbar Frietzwoef", "Titel", maxLength: 40));
        var cut = redaction.Apply(new string('x', 140) + " Frietzwoef", "Titel", maxLength: 150);
        Assert.Equal(150, cut.Length);
        Assert.DoesNotContain("Frietzwoef", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void InAMailsHtml_TheEncodedPassageIsFound_Too()
    {
        var redaction = new Redaction("De Frietzwoef & Co", Marker);

        var html = redaction.ApplyToHtml("<p>Dilemma 2026-0042: Hennep boven De Frietzwoef &amp; Co</p>", "E-mails");

        Assert.Equal($"<p>Dilemma 2026-0042: Hennep boven {Marker}</p>", html);
        Assert.Equal(1, redaction.Found["E-mails"]);
    }

    [Fact]
    public void OnlyWholeWords_AreRemoved()
    {
        var redaction = new Redaction("Ali", Marker);

        Assert.Equal($"De alimentatie van {Marker} is specialistisch werk.", redaction.Apply("De alimentatie van Ali is specialistisch werk.", "Situatie"));
    }

    [Fact]
    public void InAMailsHtml_ANameWithDiacritics_IsFoundAsTheMailsEncodeIt()
    {
        var redaction = new Redaction("Öztürk O'Neill", Marker);
        var html = $"<p>{System.Text.Encodings.Web.HtmlEncoder.Default.Encode("Gezin Öztürk O'Neill, dilemma 2026-0042")}</p>";

        var redacted = redaction.ApplyToHtml(html, "E-mails");

        Assert.DoesNotContain("rk O", System.Net.WebUtility.HtmlDecode(redacted), StringComparison.Ordinal);
        Assert.Contains("verwijderd door de beheerder", System.Net.WebUtility.HtmlDecode(redacted), StringComparison.Ordinal);
        Assert.Equal(1, redaction.Found["E-mails"]);
    }

    [Fact]
    public void ATooShortPassage_IsRefused() => Assert.Throws<DomainException>(() => new Redaction(" de ", Marker));
}
