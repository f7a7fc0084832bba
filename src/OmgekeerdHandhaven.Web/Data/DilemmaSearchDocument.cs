using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// The weighted full-text document of one dilemma (title and question A; situation, decision and agreements B;
/// options, risk signals, domains, comments and the rest C), kept current by database triggers on every change.
/// A table of its own, so a new comment does not change the dilemma's row version.
/// </summary>
public sealed class DilemmaSearchDocument : ITenantOwned
{
    public const string TextSearchConfiguration = "dutch_unaccent";

    public Guid DilemmaId { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public NpgsqlTsVector Document { get; private set; } = null!;
}
