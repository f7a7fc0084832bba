using OmgekeerdHandhaven.Web.Domain;
using static OmgekeerdHandhaven.UnitTests.DilemmaFactory;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class DilemmaLifecycleTests
{
    private static readonly DilemmaStatus[] AllStatuses = Enum.GetValues<DilemmaStatus>();
    private static readonly string[] AllActors = ["auteur", "andere handhaver", "consulent", "beslisser", "beheerder"];

    /// <summary>Who may do what from which status (product.md); everything not listed must be refused.</summary>
    private static readonly HashSet<(string Action, DilemmaStatus Status, string Actor)> Allowed =
    [
        ("indienen", DilemmaStatus.Draft, "auteur"),
        ("indienen", DilemmaStatus.ReturnedToAuthor, "auteur"),
        ("terugsturen", DilemmaStatus.UnderDiscussion, "beslisser"),
        ("besluiten", DilemmaStatus.UnderDiscussion, "beslisser"),
        ("herzien", DilemmaStatus.Decided, "beslisser"),
        ("intrekken", DilemmaStatus.Draft, "auteur"),
        ("intrekken", DilemmaStatus.UnderDiscussion, "auteur"),
        ("intrekken", DilemmaStatus.ReturnedToAuthor, "auteur"),
        ("intrekken", DilemmaStatus.UnderDiscussion, "beslisser"),
        ("intrekken", DilemmaStatus.ReturnedToAuthor, "beslisser"),
        ("wijzigen", DilemmaStatus.Draft, "auteur"),
        ("wijzigen", DilemmaStatus.UnderDiscussion, "auteur"),
        ("wijzigen", DilemmaStatus.ReturnedToAuthor, "auteur"),
        ("wijzigen", DilemmaStatus.UnderDiscussion, "beslisser"),
    ];

    public static TheoryData<string, DilemmaStatus, string> Matrix()
    {
        var data = new TheoryData<string, DilemmaStatus, string>();
        foreach (var action in new[] { "indienen", "terugsturen", "besluiten", "herzien", "intrekken", "wijzigen" })
        {
            foreach (var status in AllStatuses)
            {
                foreach (var actor in AllActors)
                {
                    data.Add(action, status, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Transition_IsAllowedOnlyForTheRightRoleAndStatus(string action, DilemmaStatus status, string actorName)
    {
        var dilemma = In(status);
        var actor = ActorNamed(actorName);
        var due = new DateOnly(2027, 1, 10);
        Action act = action switch
        {
            "indienen" => () => dilemma.Submit(actor, Now),
            "terugsturen" => () => dilemma.ReturnToAuthor(actor, "Meer context nodig.", Now),
            "besluiten" => () => dilemma.Decide(actor, "Middenweg", "Motivering", [Agreement(due)], Now),
            "herzien" => () => dilemma.ReviseDecision(actor, "Nieuwe middenweg", "Nieuwe motivering", [], Now),
            "intrekken" => () => dilemma.Withdraw(actor, "Dubbel gemeld.", Now),
            "wijzigen" => () => dilemma.Edit(actor, Content("Gezin met hennepplantage, jeugdhulp en schulden"), Now),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        // The screens show a button by asking the same rule the transition applies.
        var offered = action switch
        {
            "indienen" => dilemma.CanSubmit(actor),
            "terugsturen" => dilemma.CanReturn(actor),
            // One button for both: Besluit vastleggen while under discussion, Besluit herzien once decided.
            "besluiten" => dilemma.CanDecide(actor) && status != DilemmaStatus.Decided,
            "herzien" => dilemma.CanDecide(actor) && status == DilemmaStatus.Decided,
            "intrekken" => dilemma.CanWithdraw(actor),
            _ => dilemma.CanEdit(actor),
        };
        Assert.Equal(Allowed.Contains((action, status, actorName)), offered);

        if (Allowed.Contains((action, status, actorName)))
        {
            var decisionsBefore = dilemma.Decisions.Count;
            act();
            var (expectedStatus, decisions) = action switch
            {
                "indienen" => (DilemmaStatus.UnderDiscussion, decisionsBefore),
                "terugsturen" => (DilemmaStatus.ReturnedToAuthor, decisionsBefore),
                "besluiten" or "herzien" => (DilemmaStatus.Decided, decisionsBefore + 1),
                "intrekken" => (DilemmaStatus.Withdrawn, decisionsBefore),
                _ => (status, decisionsBefore),
            };
            Assert.Equal(expectedStatus, dilemma.Status);
            Assert.Equal(decisions, dilemma.Decisions.Count);
            switch (action)
            {
                case "besluiten":
                    Assert.Equal("Middenweg", dilemma.CurrentDecision!.Solution);
                    break;
                case "herzien":
                    Assert.Equal("Nieuwe middenweg", dilemma.CurrentDecision!.Solution);
                    Assert.Single(dilemma.Decisions, d => d.IsCurrent);
                    break;
                case "wijzigen":
                    Assert.Equal("Gezin met hennepplantage, jeugdhulp en schulden", dilemma.Title);
                    break;
            }
        }
        else
        {
            var before = (dilemma.Status, dilemma.Title, dilemma.Decisions.Count);
            var error = Assert.Throws<DomainException>(act);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.Equal(before, (dilemma.Status, dilemma.Title, dilemma.Decisions.Count));
        }
    }

    [Theory]
    [InlineData("auteur", true)]
    [InlineData("consulent", true)]
    [InlineData("beslisser", false)]
    [InlineData("beheerder", false)]
    public void CreateDraft_OnlyHandhaverOrConsulent(string actorName, bool allowed)
    {
        var actor = ActorNamed(actorName);
        Dilemma Create() => Dilemma.CreateDraft(MunicipalityId, new DilemmaNumber(2026, 1), actor, Content(), Now);

        if (allowed)
        {
            Assert.Equal(DilemmaStatus.Draft, Create().Status);
        }
        else
        {
            Assert.Throws<DomainException>(Create);
        }
    }

    [Fact]
    public void Draft_IsVisibleToItsAuthorOnly()
    {
        var draft = In(DilemmaStatus.Draft);

        Assert.True(draft.IsVisibleTo(Author));
        Assert.False(draft.IsVisibleTo(OtherHandhaver));
        Assert.False(draft.IsVisibleTo(Beslisser));
        draft.Submit(Author, Now);
        Assert.True(draft.IsVisibleTo(Consulent));
    }

    [Fact]
    public void Decide_OnDecidedDilemma_PointsToRevision()
    {
        var decided = In(DilemmaStatus.Decided);

        var error = Assert.Throws<DomainException>(() => decided.Decide(Beslisser, "Nog een", "Motivering", [], Now));

        Assert.Contains("Besluit herzien", error.Message, StringComparison.Ordinal);
        Assert.Single(decided.Decisions);
    }

    [Fact]
    public void ReviseDecision_KeepsTheOldDecisionAsSuperseded()
    {
        var dilemma = In(DilemmaStatus.Decided);
        var first = dilemma.CurrentDecision!;

        var second = dilemma.ReviseDecision(Beslisser, "Gezin meldt zelf binnen 4 weken", "Nieuwe informatie", [], Now.AddDays(3));

        Assert.Same(second, dilemma.CurrentDecision);
        Assert.False(first.IsCurrent);
        Assert.Equal(Now.AddDays(3), first.SupersededAt);
        Assert.Equal(2, dilemma.Decisions.Count);
        Assert.Equal(DilemmaStatus.Decided, dilemma.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReturnAndWithdraw_RequireAReason(string reason)
    {
        var dilemma = In(DilemmaStatus.UnderDiscussion);

        Assert.Throws<DomainException>(() => dilemma.ReturnToAuthor(Beslisser, reason, Now));
        Assert.Throws<DomainException>(() => dilemma.Withdraw(Author, reason, Now));
        Assert.Equal(DilemmaStatus.UnderDiscussion, dilemma.Status);
    }

    [Fact]
    public void ReturnToAuthor_KeepsTheReason_AndTheAuthorCanResubmit()
    {
        var dilemma = In(DilemmaStatus.UnderDiscussion);

        dilemma.ReturnToAuthor(Beslisser, "Beschrijf de veiligheid van de kinderen.", Now);
        dilemma.Submit(Author, Now.AddHours(1));

        Assert.Equal("Beschrijf de veiligheid van de kinderen.", dilemma.ReturnReason);
        Assert.Equal(DilemmaStatus.UnderDiscussion, dilemma.Status);
        Assert.Equal(Now, dilemma.SubmittedAt);
    }

    [Fact]
    public void Edit_KeepsARevisionWithTheChangedFieldsOnly()
    {
        var dilemma = In(DilemmaStatus.UnderDiscussion);
        var content = Content("Gezin met hennepplantage, jeugdhulp en schulden") with { LegalBasis = "art. 17 lid 1 Participatiewet" };

        var revision = dilemma.Edit(Author, content, Now.AddHours(2));

        Assert.NotNull(revision);
        Assert.Equal(1, revision.Number);
        Assert.Equal(Author.UserId, revision.EditedById);
        Assert.Equal(["Titel", "Wettelijk kader"], revision.Changes.Select(c => c.Field));
        Assert.Equal("Gezin met hennepplantage en jeugdhulp", revision.Changes[0].Before);
        Assert.Equal("Gezin met hennepplantage, jeugdhulp en schulden", dilemma.Title);
    }

    [Fact]
    public void Edit_WithoutChanges_KeepsNoRevision()
    {
        var dilemma = In(DilemmaStatus.Draft);

        Assert.Null(dilemma.Edit(Author, Content(), Now));
        Assert.Empty(dilemma.Revisions);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Content_NeedsOneToSixOptions(int count)
    {
        var options = Enumerable.Range(1, count).Select(i => new DilemmaOption($"Optie {i}", "Gevolg")).ToList();

        Assert.Throws<DomainException>(() => Dilemma.CreateDraft(MunicipalityId, new DilemmaNumber(2026, 2), Author, Content() with { Options = options }, Now));
    }

    [Fact]
    public void Content_WithPolicyAreaOfAnotherGemeente_IsRefused()
    {
        var foreign = new PolicyArea(Guid.NewGuid(), "Wmo", 0);

        Assert.Throws<DomainException>(() => Dilemma.CreateDraft(MunicipalityId, new DilemmaNumber(2026, 3), Author, Content() with { PolicyAreas = [foreign] }, Now));
    }

    [Theory]
    [InlineData(DilemmaStatus.Draft, false)]
    [InlineData(DilemmaStatus.UnderDiscussion, true)]
    [InlineData(DilemmaStatus.ReturnedToAuthor, true)]
    [InlineData(DilemmaStatus.Decided, true)]
    [InlineData(DilemmaStatus.Withdrawn, false)]
    public void Comment_IsPossibleOnceSubmittedAndUntilWithdrawn(DilemmaStatus status, bool allowed)
    {
        var dilemma = In(status);

        if (allowed)
        {
            var comment = dilemma.AddComment(Consulent, CommentKind.Question, "Is de situatie veilig voor de kinderen?", Now);
            Assert.Equal(CommentKind.Question, comment.Kind);
        }
        else
        {
            Assert.Throws<DomainException>(() => dilemma.AddComment(Author, CommentKind.Remark, "Opmerking", Now));
        }
    }
}
