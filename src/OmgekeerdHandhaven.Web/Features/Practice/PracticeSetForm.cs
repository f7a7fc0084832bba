namespace OmgekeerdHandhaven.Web.Features.Practice;

/// <summary>Oefenset samenstellen: a name, what it is for, whether the gemeente shares it, and the dilemmas by number.</summary>
public sealed class PracticeSetForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool Shared { get; set; }

    public List<string> Dilemmas { get; set; } = [];
}
