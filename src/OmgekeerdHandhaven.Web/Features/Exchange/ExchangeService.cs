using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>
/// Export and import in the exchange format, shared by Beheer › Uitwisseling, the API and the command line.
/// An import is validated whole, then written in one transaction; the pair (source, sourceId) makes it idempotent.
/// </summary>
public sealed class ExchangeService(AppDbContext db, ITenantContext tenant, TimeProvider clock, AuditLog audit, IValidator<ExchangeDocument> validator)
{
    /// <summary>Agreements name a role, never a colleague: the format carries no staff names.</summary>
    public const string ColleagueRole = "medewerker van de gemeente";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The gemeente's decided dilemmas (decided on or after <paramref name="since"/>), its imported ones included.</summary>
    public async Task<ExchangeDocument> ExportAsync(DateOnly? since, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == MunicipalityId, cancellationToken);
        var query = db.Dilemmas.AsNoTracking().Where(d => d.Status == DilemmaStatus.Decided);
        if (since is { } from)
        {
            // In the query, not after it: an export since last week reads last week's dilemmas, not the whole register.
            var start = DutchTime.StartOfDay(from);
            query = query.Where(d => d.Decisions.Any(x => x.SupersededAt == null && x.DecidedAt >= start));
        }

        var decided = await query
            .Include(d => d.PolicyAreas).Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
            .OrderBy(d => d.Year).ThenBy(d => d.Sequence)
            .ToListAsync(cancellationToken);

        // An imported dilemma keeps its source's id, unless that id is taken in this export (an own number, or the
        // same id from two sources); then the source's key goes in front so every sourceId stays unique.
        var ids = decided.Select(d => d.IsImported ? d.SourceId! : d.Number.ToString()).ToList();
        var taken = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var withoutStaff = await ColleagueNamesRemoverAsync(cancellationToken);
        var items = decided.Select((d, i) => ToExchange(d, d.IsImported && taken.Contains(ids[i]) ? $"{d.SourceKey}:{d.SourceId}" : ids[i], withoutStaff)).ToList();
        return new ExchangeDocument(ExchangeDocument.FormatName, 1, clock.GetUtcNow(), new ExchangeSource(municipality.Name, municipality.Code), items);
    }

    /// <summary>Imports a whole document or nothing, by a beheerder: refused, the refusals name the items' fields.</summary>
    public async Task<Outcome<ExchangeResult>> ImportAsync(ExchangeDocument document, Actor importer, CancellationToken cancellationToken)
    {
        if (!Access.Administers(importer))
        {
            return Outcome.Forbidden<ExchangeResult>("Alleen een beheerder leest een uitwisselbestand in.");
        }

        var validation = await validator.ValidateAsync(document, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<ExchangeResult>(validation);
        }

        var source = document.Source!;
        var gemeente = source.Gemeente!.Trim();
        var code = string.IsNullOrWhiteSpace(source.Code) ? null : source.Code.Trim().ToUpperInvariant();
        var key = code ?? gemeente;
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var areas = await PolicyAreasAsync([.. document.Dilemmas!.Select(d => d.PolicyAreas!.Select(p => p.Trim()).ToList())], cancellationToken);
            var sourceIds = document.Dilemmas!.Select(d => d.SourceId!.Trim()).ToList();
            var existing = await db.Dilemmas
                .Include(d => d.PolicyAreas).Include(d => d.Decisions).ThenInclude(x => x.Agreements).Include(d => d.Revisions).AsSplitQuery()
                .Where(d => d.SourceKey == key && sourceIds.Contains(d.SourceId!))
                .ToDictionaryAsync(d => d.SourceId!, cancellationToken);
            var now = clock.GetUtcNow();
            var (imported, updated, skipped) = (0, 0, 0);
            foreach (var item in document.Dilemmas!.Select(d => Canonical(d, areas)))
            {
                var content = new DilemmaContent(item.Title!, item.Situation!, item.Question!, item.Interests,
                    [.. item.PolicyAreas!.Select(name => areas[name])], Enum.Parse<ChainPhase>(item.Phase!), item.RiskSignals!,
                    [.. item.Options!.Select(o => new DilemmaOption(o.Description!, o.Consequences!))], null, item.LegalBasis);
                var decidedOn = item.Decision!.DecidedAt!.Value;
                var decision = new ImportedDecision(item.Decision.Solution!, item.Decision.Rationale!, DutchTime.StartOfDay(decidedOn),
                    [.. item.Decision.Agreements!.Select(a => new AgreementTerms(a.Description!, a.Responsible!, null, decidedOn.AddDays(a.TermDays!.Value), a.Fallback!))]);
                if (existing.TryGetValue(item.SourceId!, out var known))
                {
                    var stored = ToExchange(known, item.SourceId!, text => text);
                    if (SameAs(stored, item))
                    {
                        skipped++;
                        continue;
                    }

                    known.UpdateImported(importer, content, SameJson(stored.Decision, item.Decision) ? null : decision, now);
                    audit.Record(known, importer, AuditActions.Exchange, $"Dilemma {known.Number} bijgewerkt vanuit een uitwisselbestand van {gemeente}.");
                    updated++;
                    continue;
                }

                var number = await DilemmaNumbers.NextAsync(db, MunicipalityId, DutchTime.Local(now).Year, cancellationToken);
                var dilemma = Dilemma.Import(MunicipalityId, number, importer, content, decision, new DilemmaSource(gemeente, code, item.SourceId!), now);
                db.Dilemmas.Add(dilemma);
                audit.Record(dilemma, importer, AuditActions.Exchange, $"Dilemma {number} overgenomen van {gemeente}.");
                imported++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ExchangeResult(imported, updated, skipped);
        });
        return Outcome.Done(result);
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("Uitwisselen gebeurt altijd voor één gemeente.");

    /// <summary>
    /// The gemeente's domains by name (any case), with the names it did not know added to its list, in an order that
    /// keeps each dilemma's domains in the order the source listed them (so a round trip lists them alike).
    /// </summary>
    private async Task<Dictionary<string, PolicyArea>> PolicyAreasAsync(List<List<string>> perDilemma, CancellationToken cancellationToken)
    {
        var areas = await db.PolicyAreas.ToListAsync(cancellationToken);
        var byName = areas.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);
        var order = areas.Count == 0 ? 0 : areas.Max(a => a.SortOrder) + 1;
        foreach (var name in NewInSourceOrder(perDilemma, byName.ContainsKey))
        {
            var area = new PolicyArea(MunicipalityId, name, order++);
            db.PolicyAreas.Add(area);
            byName[name] = area;
        }

        return byName;
    }

    /// <summary>The unknown names, ordered so that a name listed before another in some dilemma comes first (ties: first seen).</summary>
    private static List<string> NewInSourceOrder(List<List<string>> perDilemma, Func<string, bool> known)
    {
        var comparer = StringComparer.OrdinalIgnoreCase;
        var unknown = perDilemma.SelectMany(l => l).Where(n => !known(n)).Distinct(comparer).ToList();
        var after = unknown.ToDictionary(n => n, _ => new HashSet<string>(comparer), comparer);
        var before = unknown.ToDictionary(n => n, _ => 0, comparer);
        foreach (var list in perDilemma)
        {
            var names = list.Where(n => !known(n)).Distinct(comparer).ToList();
            for (var i = 1; i < names.Count; i++)
            {
                if (after[names[i - 1]].Add(names[i]))
                {
                    before[names[i]]++;
                }
            }
        }

        var result = new List<string>();
        while (result.Count < unknown.Count)
        {
            // A contradiction between dilemmas (a cycle) is broken by first appearance.
            var next = unknown.FirstOrDefault(n => !result.Contains(n, comparer) && before[n] == 0)
                ?? unknown.First(n => !result.Contains(n, comparer));
            result.Add(next);
            foreach (var later in after[next])
            {
                before[later]--;
            }
        }

        return result;
    }

    /// <summary>
    /// Colleagues may be named in the register (Verantwoordelijke, "@Anna Bakker"); the exchange format carries no staff
    /// names, so each whole name, with or without "@", becomes "medewerker van de gemeente".
    /// </summary>
    private async Task<Func<string, string>> ColleagueNamesRemoverAsync(CancellationToken cancellationToken)
    {
        var names = await db.Users.AsNoTracking().Select(u => u.DisplayName)
            .Where(n => n.Length > 1 && n != ApplicationUser.FormerColleague).Distinct().ToListAsync(cancellationToken);
        if (names.Count == 0)
        {
            return text => text;
        }

        var pattern = new Regex(@"(?<![\p{L}\p{N}])@?(?:" + string.Join("|", names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        return text => pattern.Replace(text, ColleagueRole);
    }

    /// <summary>A dilemma as the format writes it: no staff names, agreements with terms from the decision date.</summary>
    private static ExchangeDilemma ToExchange(Dilemma d, string sourceId, Func<string, string> plain)
    {
        var decision = d.CurrentDecision!;
        var decidedOn = DateOnly.FromDateTime(DutchTime.Local(decision.DecidedAt).DateTime);
        string? Optional(string? text) => text is null ? null : plain(text);
        return new ExchangeDilemma(
            sourceId, plain(d.Title), plain(d.Situation), plain(d.Question), Optional(d.Interests),
            [.. d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name)], d.Phase.ToString(), [.. d.RiskSignals.Select(plain)], Optional(d.LegalBasis),
            [.. d.Options.Select(o => new ExchangeOption(plain(o.Description), plain(o.Consequences)))],
            new ExchangeDecision(plain(decision.Solution), plain(decision.Rationale), decidedOn,
                [.. decision.Agreements.OrderBy(a => a.DueDate).ThenBy(a => a.Description, StringComparer.Ordinal).Select(a => new ExchangeAgreement(
                    plain(a.Description), a.ResponsibleUserId is null ? plain(a.Responsible) : ColleagueRole, Math.Max(0, a.DueDate.DayNumber - decidedOn.DayNumber), plain(a.Fallback)))]));
    }

    /// <summary>An incoming item as it would be stored: trimmed, empty optional text as null, known domain names, defaults filled in.</summary>
    private ExchangeDilemma Canonical(ExchangeDilemma d, Dictionary<string, PolicyArea> areas)
    {
        static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var decision = d.Decision!;
        return new ExchangeDilemma(
            d.SourceId!.Trim(), d.Title!.Trim(), d.Situation!.Trim(), d.Question!.Trim(), Optional(d.Interests),
            [.. d.PolicyAreas!.Select(p => areas[p.Trim()].Name).Distinct(StringComparer.Ordinal)], d.Phase ?? nameof(ChainPhase.Other),
            [.. (d.RiskSignals ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)], Optional(d.LegalBasis),
            [.. d.Options!.Select(o => new ExchangeOption(o.Description!.Trim(), o.Consequences!.Trim()))],
            new ExchangeDecision(decision.Solution!.Trim(), decision.Rationale!.Trim(), decision.DecidedAt ?? DutchTime.Today(clock),
                [.. (decision.Agreements ?? []).Select(a => new ExchangeAgreement(a.Description!.Trim(), a.Responsible!.Trim(), a.TermDays, a.Fallback!.Trim()))
                    .OrderBy(a => a.TermDays).ThenBy(a => a.Description, StringComparer.Ordinal)]));
    }

    /// <summary>
    /// The same dilemma, whatever the order of its domains: a gemeente lists domains in its own order (a domain new to it
    /// goes last), so the order says nothing about the dilemma and must not make every re-import an update.
    /// </summary>
    private static bool SameAs(ExchangeDilemma stored, ExchangeDilemma incoming) =>
        SameJson(WithSortedDomains(stored), WithSortedDomains(incoming));

    private static ExchangeDilemma WithSortedDomains(ExchangeDilemma d) => d with { PolicyAreas = [.. d.PolicyAreas!.Order(StringComparer.Ordinal)] };

    private static bool SameJson<T>(T stored, T incoming) =>
        JsonSerializer.Serialize(stored, Json) == JsonSerializer.Serialize(incoming, Json);
}
