namespace OmgekeerdHandhaven.Web.Infrastructure;

/// <summary>Counted nouns in proper Dutch ("1 gebruiker", "5 gebruikers", "1.250 regels") instead of "gebruiker(s)".</summary>
public static class DutchText
{
    public static string Count(int count, string singular, string plural) =>
        string.Create(DutchTime.Culture, $"{count:N0} {(count == 1 ? singular : plural)}");
}
