using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Redactions;

/// <summary>What the Beheerder confirms: where the passage stands (places and counts, never the text around it).</summary>
public sealed record RedactionPreview(string Number, string Title, string Marker, IReadOnlyList<(string Place, int Count)> Found, int Booklets);

/// <summary>
/// Tekst verwijderen (AVG art. 16/17): a passage that slipped into a dilemma is replaced by "[verwijderd door de
/// beheerder op …]" wherever the register keeps it — the current version, the history, decisions and afspraken,
/// reacties, oefenantwoorden, werkoverleg, meldingen, e-mails and casusboekjes (whose files are removed) — and the
/// search document and spelling words are rebuilt, all in one transaction. The logboek says that and why, never what.
/// </summary>
public sealed partial class RedactionActions(AppDbContext db, AuditLog audit, TimeProvider clock, IValidator<RedactionForm> forms)
{
    public const string ChangedMeanwhile = "Het dilemma is intussen gewijzigd. Controleer de tekst opnieuw en probeer het nog eens.";

    public async Task<Outcome<RedactionPreview>> PreviewAsync(Actor actor, RedactionForm form, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(actor, form, cancellationToken);
        if (!opened.IsDone)
        {
            return opened.Cast<RedactionPreview>();
        }

        var preview = opened.Value!.Preview;
        db.ChangeTracker.Clear();
        return Outcome.Done(preview);
    }

    /// <summary>
    /// In one transaction, with the dilemma's row locked first: two Beheerders removing text from one dilemma at once
    /// are taken one after the other, the second reading what the first left (reacties and meldingen have no version).
    /// </summary>
    public async Task<Outcome<RedactionPreview>> RedactAsync(Actor actor, RedactionForm form, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (DilemmaNumber.TryParse(form.Number?.Trim(), out var number))
            {
                var found = await db.Dilemmas.Where(d => d.Year == number.Year && d.Sequence == number.Sequence).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
                if (found is { } id)
                {
                    await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM dilemmas WHERE id = {id} FOR UPDATE", cancellationToken);
                }
            }

            var opened = await OpenAsync(actor, form, cancellationToken);
            if (!opened.IsDone)
            {
                return opened.Cast<RedactionPreview>();
            }

            var (preview, dilemmaId, municipalityId) = opened.Value!;
            var places = string.Join(", ", preview.Found.Select(f => $"{f.Place.ToLowerInvariant()} {f.Count}×"));
            audit.Record(municipalityId, actor.UserId, AuditActions.Redacted, "Dilemma", preview.Number,
                $"Tekst verwijderd uit dilemma {preview.Number} ({places}). Reden: {form.Reason!.Trim()}");
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await RebuildSearchAsync(municipalityId, dilemmaId, form.Passage!, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.AcceptAllChanges();
            return Outcome.Done(preview);
        });

    private sealed record Opened(RedactionPreview Preview, Guid DilemmaId, Guid MunicipalityId);

    /// <summary>Finds the dilemma and applies the redaction to everything that holds its text, tracked but not saved.</summary>
    private async Task<Outcome<Opened>> OpenAsync(Actor actor, RedactionForm form, CancellationToken cancellationToken)
    {
        if (!actor.IsBeheerder)
        {
            return Outcome.Forbidden<Opened>("Alleen een beheerder verwijdert tekst uit een dilemma.");
        }

        var validation = await forms.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<Opened>(validation);
        }

        _ = DilemmaNumber.TryParse(form.Number!.Trim(), out var number); // checked by the validator
        var dilemma = await db.Dilemmas
            .Include(d => d.Decisions).ThenInclude(x => x.Agreements)
            .Include(d => d.Comments)
            .Include(d => d.Revisions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Year == number.Year && d.Sequence == number.Sequence, cancellationToken);
        if (dilemma is null)
        {
            return Outcome.Refused<Opened>([new FieldRefusal(nameof(RedactionForm.Number), $"Dilemma {number} bestaat niet in deze gemeente.")]);
        }

        var redaction = new Redaction(form.Passage!, $"[verwijderd door de beheerder op {DutchTime.Date(DutchTime.Today(clock))}]");
        dilemma.Redact(redaction);

        var id = dilemma.Id;
        foreach (var answer in await db.PracticeAnswers.Where(a => a.DilemmaId == id).ToListAsync(cancellationToken))
        {
            answer.Redact(redaction);
        }

        var meetings = await db.TeamMeetings.Include(m => m.Items).Where(m => m.Items.Any(i => i.DilemmaId == id)).ToListAsync(cancellationToken);
        foreach (var meeting in meetings)
        {
            meeting.Redact(redaction);
            foreach (var item in meeting.Items.Where(i => i.DilemmaId == id))
            {
                item.Redact(redaction);
            }
        }

        // Meldingen and mails about this dilemma; a daily overview (no kind) lists several, so it is found by its text.
        var numberText = number.ToString();
        foreach (var notification in await db.Notifications.Where(n => n.DilemmaNumber == numberText).ToListAsync(cancellationToken))
        {
            notification.Redact(redaction);
        }

        var link = $"/dilemmas/{numberText}";
        var sqlPattern = SqlPattern(form.Passage!);
        var mails = await db.OutboxMessages
            .Where(m => (m.Link != null && m.Link.EndsWith(link)) || (m.Kind == null && Regex.IsMatch(m.TextBody, sqlPattern, RegexOptions.IgnoreCase)))
            .ToListAsync(cancellationToken);
        foreach (var mail in mails)
        {
            mail.Redact(redaction);
        }

        var booklets = await db.CaseBooklets.Include(b => b.Entries).Where(b => b.Entries.Any(e => e.DilemmaId == id)).ToListAsync(cancellationToken);
        var bookletsHit = 0;
        foreach (var booklet in booklets)
        {
            if (booklet.Redact(redaction, id, clock.GetUtcNow()))
            {
                bookletsHit++;
                db.BookletExports.RemoveRange(await db.BookletExports.Where(e => e.CaseBookletId == booklet.Id).ToListAsync(cancellationToken));
            }
        }

        if (redaction.Total == 0)
        {
            db.ChangeTracker.Clear();
            return Outcome.Refused<Opened>([new FieldRefusal(nameof(RedactionForm.Passage),
                $"Deze tekst komt niet als hele woorden voor in dilemma {number}. Kopieer hele woorden precies zoals ze er staan.")]);
        }

        var preview = new RedactionPreview(number.ToString(), dilemma.Title, redaction.Marker, [.. redaction.Found.Select(f => (f.Key, f.Value))], bookletsHit);
        return Outcome.Done(new Opened(preview, id, dilemma.MunicipalityId));
    }

    /// <summary>
    /// The search document again from the redacted text, and the passage's words out of the spelling vocabulary unless
    /// another dilemma of the gemeente still has them (the refresh puts back those this dilemma still has elsewhere).
    /// </summary>
    private async Task RebuildSearchAsync(Guid municipalityId, Guid dilemmaId, string passage, CancellationToken cancellationToken)
    {
        var words = WordPattern().Split(passage.ToLowerInvariant()).Where(w => w.Length is >= 3 and <= 40).Distinct().ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM search_vocabulary v
            WHERE v.municipality_id = {municipalityId} AND v.word = ANY({words})
              AND NOT EXISTS (SELECT 1 FROM dilemma_search ds
                              WHERE ds.municipality_id = {municipalityId} AND ds.dilemma_id <> {dilemmaId}
                                AND ds.document @@ plainto_tsquery('dutch_unaccent', v.word))
            """, cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM search_compounds WHERE word = ANY({words})", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT refresh_dilemma_search({dilemmaId})", cancellationToken);
    }

    /// <summary>The passage as a PostgreSQL regular expression: its characters literal, any white space between words, whole words.</summary>
    internal static string SqlPattern(string passage)
    {
        passage = passage.Trim();
        var words = string.Join(@"\s+", passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => SqlSpecial().Replace(w, @"\$0")));
        return (char.IsLetterOrDigit(passage[0]) ? "(?<![[:alnum:]])" : string.Empty) + words + (char.IsLetterOrDigit(passage[^1]) ? "(?![[:alnum:]])" : string.Empty);
    }

    [GeneratedRegex(@"[\\^$.|?*+()\[\]{}]", RegexOptions.CultureInvariant)]
    private static partial Regex SqlSpecial();

    [GeneratedRegex(@"[^\p{L}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
