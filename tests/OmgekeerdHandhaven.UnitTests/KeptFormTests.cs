using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OmgekeerdHandhaven.Web.Features.Errors;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class KeptFormTests
{
    [Fact]
    public void From_KeepsEveryFieldToSendAgain_ButNeverPasswordsOrTheOldToken()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["Title"] = "Bijstandsgezin met hennepplantage",
            ["PolicyAreaIds"] = new(["a", "b"]),
            ["Password"] = "geheim",
            ["NewPassword"] = "nog geheimer",
            ["__RequestVerificationToken"] = "oud-token",
        });

        var kept = KeptForm.From("/dilemmas/nieuw", form)!;

        Assert.Equal("/dilemmas/nieuw", kept.Action);
        Assert.Equal(["Title", "PolicyAreaIds", "PolicyAreaIds"], kept.Fields.Select(f => f.Key));
        Assert.Equal([("Titel", "Bijstandsgezin met hennepplantage")], kept.Texts);
    }

    [Fact]
    public void From_AFormWithAFile_IsNotKept_BecauseTheFileCannotTravelBack()
    {
        var files = new FormFileCollection { new FormFile(Stream.Null, 0, 0, "bestand", "export.json") };

        Assert.Null(KeptForm.From("/beheer/uitwisseling", new FormCollection(new Dictionary<string, StringValues> { ["x"] = "y" }, files)));
    }

    [Fact]
    public void Texts_UseTheScreensDutchLabels_AlsoForNestedAndPrefixedFields()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["Form.Introduction"] = "Voor het team",
            ["Options[1].Description"] = "Jeugdhulp krijgt zes weken",
            ["Agreements[0].Fallback"] = "Handhaving start alsnog",
            ["Version"] = "42",
        });

        var kept = KeptForm.From("/casusboekjes/nieuw", form)!;

        Assert.Equal([("Inleiding", "Voor het team"), ("Omschrijving", "Jeugdhulp krijgt zes weken"), ("Als het niet lukt", "Handhaving start alsnog")], kept.Texts);
    }
}
