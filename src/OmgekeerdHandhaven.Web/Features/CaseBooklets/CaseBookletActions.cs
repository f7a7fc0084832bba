using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// The changes to a casusboekje — create, change, choose and order its dilemmas, publish, request a file — each loaded
/// within the gemeente, asked of the domain (<see cref="CaseBooklet.CanCompose"/>, a published edition is frozen),
/// saved with its logboek entry in one go, and answered as an <see cref="Outcome{T}"/>.
/// </summary>
public sealed class CaseBookletActions(
    AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, TimeProvider clock, BookletExportWorker exports, IValidator<CaseBookletForm> forms)
{
    public const string ChangedMeanwhile = "Een collega heeft dit casusboekje intussen gewijzigd. Bekijk het zoals het nu is en probeer het opnieuw.";

    private const string NotYours = "Alleen een handhaver of beslisser stelt een casusboekje samen.";

    /// <summary>The draft as this actor may change it; a published edition is not possible to change.</summary>
    public async Task<Outcome<CaseBooklet>> OpenAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var booklet = await db.CaseBooklets.Include(b => b.Entries).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        var opened = UnitOfWork.Open(booklet, CaseBooklet.CanCompose(actor), NotYours);
        return opened.IsDone && booklet!.IsPublished ? Outcome.Conflict(CaseBooklet.PublishedReason, booklet) : opened;
    }

    public async Task<Outcome<CaseBooklet>> CreateAsync(Actor actor, CaseBookletForm form, CancellationToken cancellationToken)
    {
        if (!CaseBooklet.CanCompose(actor))
        {
            return Outcome.Forbidden<CaseBooklet>(NotYours);
        }

        return await work.SaveAsync(await forms.ValidateAsync(form, cancellationToken), () =>
        {
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
            var booklet = new CaseBooklet(municipalityId, form.Title!, form.Introduction!, form.ParsedValidUntil, actor, clock.GetUtcNow());
            db.CaseBooklets.Add(booklet);
            Record(booklet, actor, $"Casusboekje \"{booklet.Title}\" aangemaakt.");
            return Task.FromResult(booklet);
        }, ChangedMeanwhile, cancellationToken);
    }

    public async Task<Outcome<string>> ChangeAsync(Guid id, Actor actor, CaseBookletForm form, CancellationToken cancellationToken) =>
        await RunAsync(id, actor, await forms.ValidateAsync(form, cancellationToken), (booklet, now) =>
        {
            booklet.Change(form.Title!, form.Introduction!, form.ParsedValidUntil, actor, now);
            return Task.FromResult("De gegevens van het casusboekje zijn gewijzigd.");
        }, cancellationToken);

    /// <summary>Toevoegen: decided dilemmas by number, in the order given.</summary>
    public Task<Outcome<string>> AddAsync(Guid id, Actor actor, IReadOnlyList<string> numbers, CancellationToken cancellationToken) =>
        RunAsync(id, actor, input: null, async (booklet, now) =>
        {
            var parsed = numbers.Distinct(StringComparer.Ordinal).Take(CaseBooklet.MaxEntries + 1)
                .Select(n => DilemmaNumber.TryParse(n, out var number) ? number : (DilemmaNumber?)null).ToList();
            DomainException.ThrowUnless(parsed.Count > 0 && parsed.All(n => n is not null), "Kies ten minste één besloten dilemma om toe te voegen.");

            var order = parsed.Select(n => DilemmaQueries.Key(n!.Value)).ToList();
            var dilemmas = await db.Dilemmas.WithNumbers([.. parsed.Select(n => n!.Value)])
                .Include(d => d.PolicyAreas).Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
                .ToListAsync(cancellationToken);
            DomainException.ThrowUnless(dilemmas.Count == parsed.Count, "Een van de gekozen dilemma's bestaat niet (meer). Zoek en kies opnieuw.");
            foreach (var dilemma in dilemmas.OrderBy(d => order.IndexOf(DilemmaQueries.Key(d.Number))))
            {
                booklet.Add(dilemma, null, actor, now);
            }

            return dilemmas.Count == 1 ? $"Dilemma {dilemmas[0].Number} is toegevoegd." : $"{dilemmas.Count} dilemma's zijn toegevoegd.";
        }, cancellationToken);

    public Task<Outcome<string>> MoveAsync(Guid id, Guid entryId, int step, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(id, actor, input: null, (booklet, now) =>
        {
            booklet.Move(entryId, step, actor, now);
            return Task.FromResult(step < 0 ? "Het dilemma staat een plaats hoger." : "Het dilemma staat een plaats lager.");
        }, cancellationToken);

    public Task<Outcome<string>> RemoveAsync(Guid id, Guid entryId, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(id, actor, input: null, (booklet, now) =>
        {
            booklet.Remove(entryId, actor, now);
            return Task.FromResult("Het dilemma is uit het casusboekje gehaald.");
        }, cancellationToken);

    public Task<Outcome<string>> MoveGroupAsync(Guid id, string group, int step, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(id, actor, input: null, (booklet, now) =>
        {
            booklet.MoveGroup(group, step, actor, now);
            return Task.FromResult(step < 0 ? $"{group} staat een plaats hoger." : $"{group} staat een plaats lager.");
        }, cancellationToken);

    /// <summary>Publiceren: the entries capture their dilemma's decision as it stands now; the edition is frozen from then on.</summary>
    public Task<Outcome<string>> PublishAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        RunAsync(id, actor, input: null, async (booklet, now) =>
        {
            var ids = booklet.Entries.Select(e => e.DilemmaId).ToList();
            var dilemmas = await db.Dilemmas.Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
                .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            booklet.Publish(dilemmas, actor, now);
            return "Het casusboekje is gepubliceerd. Deze editie verandert niet meer, ook niet als een besluit later wordt herzien.";
        }, cancellationToken);

    /// <summary>Downloaden als PDF of Word, by anyone in the team: queued for the worker, which is woken once it is saved.</summary>
    public async Task<Outcome<BookletExport>> RequestExportAsync(Guid id, BookletFormat format, Actor actor, CancellationToken cancellationToken)
    {
        var booklet = await db.CaseBooklets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        var outcome = await work.SaveAsync(UnitOfWork.Open(booklet, mayAct: true, string.Empty), input: null, b =>
        {
            var export = new BookletExport(b.MunicipalityId, b.Id, format, actor.UserId, clock.GetUtcNow());
            db.BookletExports.Add(export);
            return Task.FromResult(export);
        }, ChangedMeanwhile, cancellationToken);
        if (outcome.IsDone)
        {
            exports.Wake();
        }

        return outcome;
    }

    /// <summary>One change to the draft; done, the Dutch sentence saying what it did.</summary>
    private async Task<Outcome<string>> RunAsync(
        Guid id, Actor actor, FluentValidation.Results.ValidationResult? input, Func<CaseBooklet, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), input, async booklet =>
        {
            var message = await change(booklet, clock.GetUtcNow());
            Record(booklet, actor, $"Casusboekje \"{booklet.Title}\": {message}");
            return message;
        }, ChangedMeanwhile, cancellationToken);

    private void Record(CaseBooklet booklet, Actor actor, string summary) =>
        audit.Record(booklet.MunicipalityId, actor.UserId, AuditActions.CaseBooklet, "Casusboekje", booklet.Id.ToString(), summary);
}
