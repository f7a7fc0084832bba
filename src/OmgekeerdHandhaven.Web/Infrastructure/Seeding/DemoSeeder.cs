using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>
/// Demo data for trying the app and for the browser tests: two gemeenten (to show isolation), their standard
/// lists and one account per role. Idempotent: what exists is left alone, so running it twice changes nothing.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<ApplicationUser> userManager, TenantContext tenant, IConfiguration configuration)
{
    public const string DefaultPassword = "Dilemmaregister-demo-2026";

    public static readonly IReadOnlyList<string> StandardPolicyAreas =
    [
        "Participatiewet", "Jeugdhulp", "Wmo", "Schuldhulpverlening", "GGZ en verslavingszorg",
        "Veiligheid", "Wonen", "Onderwijs", "Inburgering",
    ];

    public static readonly IReadOnlyList<string> StandardRiskSignals =
    [
        "hennep", "jeugdhulp betrokken", "inkomsten niet gemeld", "samenwonen niet gemeld", "onduidelijk woonadres",
        "vermogen in het buitenland", "zwart werk", "schulden", "verslaving", "huiselijk geweld",
        "kinderen in het gezin", "psychische problemen",
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("GM0000", "handhaver@voorbeeld.nl", "Sanne de Vries", [Roles.Handhaver]),
        new("GM0000", "consulent@voorbeeld.nl", "Mohamed El Amrani", [Roles.Consulent]),
        new("GM0000", "beslisser@voorbeeld.nl", "Els Jansen", [Roles.Beslisser]),
        new("GM0000", "beheerder@voorbeeld.nl", "Ruud Bakker", [Roles.Beheerder]),
        new("GM0000", "teamleider@voorbeeld.nl", "Fatma Yilmaz", [Roles.Handhaver, Roles.Beslisser]),
        new("GM9999", "handhaver@anderdorp.nl", "Jeroen Visser", [Roles.Handhaver]),
        new("GM9999", "beslisser@anderdorp.nl", "Ingrid Mulder", [Roles.Beslisser]),
        new("GM9999", "beheerder@anderdorp.nl", "Kees Smit", [Roles.Beheerder]),
    ];

    private static readonly (string Code, string Name)[] Municipalities =
    [
        ("GM0000", "Gemeente Voorbeeld"),
        ("GM9999", "Gemeente Anderdorp"),
    ];

    public string Password => configuration["Demo:Password"] ?? DefaultPassword;

    public async Task<string> SeedAsync(CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (code, name) in Municipalities)
        {
            var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == code, cancellationToken).ConfigureAwait(false);
            if (municipality is null)
            {
                municipality = new Municipality(name, code);
                db.Municipalities.Add(municipality);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                created++;
            }

            tenant.Use(municipality.Id);
            created += await SeedListsAsync(municipality.Id, cancellationToken).ConfigureAwait(false);
            foreach (var account in Accounts.Where(a => a.MunicipalityCode == code))
            {
                created += await SeedAccountAsync(municipality.Id, account).ConfigureAwait(false);
            }
        }

        return created == 0 ? "Demogegevens waren al aanwezig; niets gewijzigd." : $"Demogegevens aangevuld ({created} onderdelen toegevoegd).";
    }

    private async Task<int> SeedListsAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        var areas = await db.PolicyAreas.Select(p => p.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var signals = await db.RiskSignals.Select(r => r.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var newAreas = StandardPolicyAreas.Select((name, index) => (name, index)).Where(a => !areas.Contains(a.name))
            .Select(a => new PolicyArea(municipalityId, a.name, a.index)).ToList();
        var newSignals = StandardRiskSignals.Where(s => !signals.Contains(s)).Select(s => new RiskSignal(municipalityId, s)).ToList();
        db.PolicyAreas.AddRange(newAreas);
        db.RiskSignals.AddRange(newSignals);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return newAreas.Count + newSignals.Count;
    }

    private async Task<int> SeedAccountAsync(Guid municipalityId, DemoAccount account)
    {
        if (await userManager.FindByEmailAsync(account.Email).ConfigureAwait(false) is not null)
        {
            return 0;
        }

        var user = new ApplicationUser(municipalityId, account.Email, account.DisplayName);
        user.PasswordChangedByUser();
        var result = await userManager.CreateAsync(user, Password).ConfigureAwait(false);
        if (result.Succeeded)
        {
            result = await userManager.AddToRolesAsync(user, account.Roles).ConfigureAwait(false);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        return 1;
    }
}
