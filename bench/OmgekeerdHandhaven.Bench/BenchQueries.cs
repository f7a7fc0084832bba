namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// One search of the fixed mix, with its Zoeken and API query strings. A deep page of Zoeken is reached the way a user
/// reaches it, with "Volgende pagina" from the page before: <see cref="Cursor"/> (resolved before measuring). The API
/// has page numbers only (spec/api.md).
/// </summary>
internal sealed record BenchQuery(string Kind, string? Text, string? PolicyArea = null, string? Status = null, int? Year = null, bool DecidedOnly = false, bool Newest = false, int Page = 1, string? Cursor = null)
{
    public string PageQueryString =>
        Join(("zoekterm", Text), ("domein", PolicyArea), ("status", Status), ("jaar", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("besloten", DecidedOnly ? "true" : null), ("sorteer", Newest ? "nieuwste" : null), ("pagina", Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null), ("na", Cursor));

    public string ApiQueryString =>
        Join(("q", Text), ("policyArea", PolicyArea), ("status", Status), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("decidedOnly", DecidedOnly ? "true" : null), ("sort", Newest ? "newest" : null), ("page", Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    public override string ToString() => $"{Kind}: {PageQueryString}";

    private static string Join(params (string Name, string? Value)[] parts) =>
        string.Join('&', parts.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));

    /// <summary>The fixed mix: rare and common words, two words, phrases, synonyms and compounds, typos, filters, deep pages.</summary>
    public static readonly BenchQuery[] Mix =
    [
        new("zeldzaam woord", "kippenhok"), new("zeldzaam woord", "strandtent"), new("zeldzaam woord", "duiventil"),
        new("zeldzaam woord", "nagelstudio"), new("zeldzaam woord", "paardenstal"), new("zeldzaam woord", "shishalounge"),
        new("zeldzaam woord", "glazenwasser"), new("zeldzaam woord", "ijssalon"), new("zeldzaam woord", "garagebox"),
        new("zeldzaam woord", "hovenier"),
        new("veelvoorkomend woord", "bijstand"), new("veelvoorkomend woord", "uitkering"), new("veelvoorkomend woord", "boete"),
        new("veelvoorkomend woord", "jeugdhulp"), new("veelvoorkomend woord", "terugvordering"),
        new("middelmatig woord", "hennep"), new("middelmatig woord", "alimentatie"), new("middelmatig woord", "erfenis"),
        new("middelmatig woord", "kapsalon"), new("middelmatig woord", "woonboot"), new("middelmatig woord", "scootmobiel"),
        new("twee woorden", "boete bijstand"), new("twee woorden", "jeugdhulp terugvordering"), new("twee woorden", "hennep zolder"),
        new("twee woorden", "erfenis tante"), new("twee woorden", "kamer student"), new("twee woorden", "huisbezoek melding"),
        new("frase", "\"zwart werk\""), new("frase", "\"acute financiële nood\""), new("frase", "\"geestelijke gezondheidszorg\""),
        new("synoniem of samenstelling", "fraude"), new("synoniem of samenstelling", "wiet"), new("synoniem of samenstelling", "wmo vervoer"),
        new("synoniem of samenstelling", "kwekerij"), new("synoniem of samenstelling", "schuldhulp"), new("synoniem of samenstelling", "pgb"),
        new("uitsluiten", "boete -jeugdhulp"), new("of", "kippenhok OR strandtent"),
        new("tikfout", "bijstnad"), new("tikfout", "jeugdhlup"), new("tikfout", "kapslaon"),
        // Issue #18: questions as consulenten type them, and words that together find nothing (the partial matches).
        new("vraag", "wat doen we als iemand een hennepplantage op zolder heeft"),
        new("vraag", "mag iemand met bijstand een kamer verhuren aan een student"),
        new("deels", "kippenhok erfenis scootmobiel"),
        new("filter", "boete", PolicyArea: "Jeugdhulp"), new("filter", "uitkering", Status: "Decided"), new("filter", "hennep", Year: 2024),
        new("filter", "terugvordering", DecidedOnly: true), new("filter", "bijstand", PolicyArea: "Wonen", Year: 2022),
        new("alleen filters", null, Status: "Decided"), new("alleen filters", null, PolicyArea: "Wmo", Year: 2021),
        new("nieuwste eerst", "bijstand", Newest: true), new("nieuwste eerst", "hennep", Newest: true),
        new("diepe pagina", "uitkering", Page: 50), new("diepe pagina", "boete", Page: 200), new("diepe pagina", "jeugdhulp", Newest: true, Page: 500),
        new("diepe pagina", null, Status: "Decided", Page: 1000),
    ];
}
