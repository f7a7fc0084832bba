using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class TenancyTests(AppFactory app)
{
    [Fact]
    public async Task EveryEntityWithAMunicipality_IsTenantOwnedAndFiltered()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().Model;

        // An owned type (the gemeente's own bewaartermijnen) is part of its owner's row, keyed by it: not data of its own.
        var withMunicipality = model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindProperty(nameof(ITenantOwned.MunicipalityId)) is not null).ToList();

        Assert.NotEmpty(withMunicipality);
        Assert.All(withMunicipality, type =>
        {
            Assert.True(typeof(ITenantOwned).IsAssignableFrom(type.ClrType), $"{type.ClrType.Name} has a MunicipalityId but is not ITenantOwned");
            Assert.Contains(type.GetDeclaredQueryFilters(), f => f.Key == AppDbContext.TenantFilter);
        });
    }

    [Fact]
    public async Task EveryTenantOwnedEntity_ReturnsOnlyTheCurrentGemeentesRows_AndNothingWithoutOne()
    {
        var voorbeeld = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == "GM0000").Select(m => m.Id).SingleAsync());
        var anderdorp = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == "GM9999").Select(m => m.Id).SingleAsync());
        // Exports are made on request, never by the demo data: request one for each gemeente's demo casusboekje first.
        await app.QueryAsync(async db =>
        {
            var booklets = await db.CaseBooklets.IgnoreQueryFilters().Where(b => !db.BookletExports.IgnoreQueryFilters().Any(e => e.CaseBookletId == b.Id)).ToListAsync();
            db.BookletExports.AddRange(booklets.Select(b => new BookletExport(b.MunicipalityId, b.Id, BookletFormat.Pdf, b.CreatedById, DateTimeOffset.UtcNow)));
            return await db.SaveChangesAsync();
        });
        // Nor does the demo data connect an identity provider: give both gemeenten one (no e-mail domains, passwords on).
        var secret = app.Services.GetRequiredService<OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn.ClientSecrets>().Protect("geheim");
        await app.QueryAsync(async db =>
        {
            foreach (var id in new[] { voorbeeld, anderdorp })
            {
                if (!await db.SignInProviders.IgnoreQueryFilters().AnyAsync(p => p.MunicipalityId == id))
                {
                    var provider = new SignInProvider(id);
                    provider.Configure("https://login.voorbeeld.nl/", "dilemmaregister", secret, "groups",
                        new Dictionary<string, string[]> { [Roles.Handhaver] = ["handhavers"] }, [], createsUsers: false, localPasswordsAllowed: true, breakGlassUserId: null);
                    db.SignInProviders.Add(provider);
                }
            }

            return await db.SaveChangesAsync();
        });
        // Mails go out only where mail is switched on; the outbox holds one for each gemeente all the same, and a choice.
        await app.QueryAsync(async db =>
        {
            foreach (var id in new[] { voorbeeld, anderdorp })
            {
                var recipient = await db.Users.IgnoreQueryFilters().Where(u => u.MunicipalityId == id).Select(u => u.Id).FirstAsync();
                db.OutboxMessages.Add(new OutboxMessage(id, recipient, NotificationKind.Commented, "Nieuwe reactie", null, null, "tekst", "<p>tekst</p>", DateTimeOffset.UtcNow));
                db.RetentionRuns.Add(new RetentionRun(id, DateTimeOffset.UtcNow, 1, 0, 0, 0, 0, 0));
                if (!await db.MailPreferences.IgnoreQueryFilters().AnyAsync(p => p.UserId == recipient && p.Kind == NotificationKind.Decided))
                {
                    db.MailPreferences.Add(new MailPreference(id, recipient, NotificationKind.Decided, MailFrequency.Daily));
                }
            }

            return await db.SaveChangesAsync();
        });
        // Searches without results are counted by Zoeken, not by the demo data: one for each gemeente.
        await app.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO search_misses (id, municipality_id, day, words, searches, most_found)
            SELECT gen_random_uuid(), m, DATE '2026-12-01', 'tenancy test', 1, 0 FROM unnest({new[] { voorbeeld, anderdorp }}) m
            ON CONFLICT DO NOTHING
            """));
        var types = await app.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(ITenantOwned).IsAssignableFrom).ToList()));
        var check = typeof(TenancyTests).GetMethod(nameof(AssertFilteredAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

        foreach (var type in types)
        {
            await (Task)check.MakeGenericMethod(type).Invoke(this, [voorbeeld, anderdorp])!;
        }
    }

    private async Task AssertFilteredAsync<TEntity>(Guid voorbeeld, Guid anderdorp)
        where TEntity : class, ITenantOwned
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var all = await db.Set<TEntity>().IgnoreQueryFilters().Select(e => e.MunicipalityId).ToListAsync();
        Assert.True(all.Contains(voorbeeld) && all.Contains(anderdorp), $"the demo data should hold {typeof(TEntity).Name} rows of both gemeenten");

        Assert.Empty(await db.Set<TEntity>().ToListAsync());

        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(voorbeeld);
        var seen = await db.Set<TEntity>().Select(e => e.MunicipalityId).ToListAsync();

        Assert.Equal(all.Count(id => id == voorbeeld), seen.Count);
        Assert.All(seen, id => Assert.Equal(voorbeeld, id));
    }
}
