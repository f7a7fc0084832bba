using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Users;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Cli;

/// <summary>
/// Operator commands in the same program as the web app, so a fresh install needs nothing else:
/// migrate, seed-demo, create-gemeente, create-user. Output is Dutch; failures exit non-zero.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    private static readonly string[] Names = ["migrate", "seed-demo", "create-gemeente", "create-user", "create-token", "export", "import", "demo-code", "configure-gemeente-account", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var nameOption = new Option<string>("--name") { Description = "Naam", Required = true };
        var codeOption = new Option<string>("--code") { Description = "CBS-code, bijvoorbeeld GM0363", Required = true };
        var gemeenteOption = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente van de gebruiker", Required = true };
        var emailOption = new Option<string>("--email") { Description = "E-mailadres (de inlognaam)", Required = true };
        var rolesOption = new Option<string>("--roles") { Description = "Rollen, komma-gescheiden: Handhaver,Consulent,Beslisser,Beheerder", Required = true };
        var exchangeGemeenteOption = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente", Required = true };
        var outOption = new Option<string>("--out") { Description = "Het bestand om te schrijven", Required = true };
        var fileArgument = new Argument<string>("bestand") { Description = "Het uitwisselbestand (JSON)" };

        var migrate = new Command("migrate", "Past de databasemigraties toe.");
        var seedDemo = new Command("seed-demo", "Vult de demogegevens (Gemeente Voorbeeld en Gemeente Anderdorp); opnieuw uitvoeren verandert niets.");
        var createMunicipality = new Command("create-gemeente", "Maakt een gemeente aan.") { nameOption, codeOption };
        var createUser = new Command("create-user", "Maakt een gebruiker aan en toont een eenmalig wachtwoord.") { gemeenteOption, emailOption, nameOption, rolesOption };
        var createToken = new Command("create-token", "Maakt een persoonlijk toegangstoken voor de API en toont het één keer.") { emailOption, nameOption };
        var export = new Command("export", "Schrijft de besloten dilemma's van een gemeente in het uitwisselformaat.") { exchangeGemeenteOption, outOption };
        var authorityOption = new Option<string>("--authority") { Description = "Adres van de identity provider, bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0", Required = true };
        var clientIdOption = new Option<string>("--client-id") { Description = "Client-id bij de identity provider", Required = true };
        var secretFileOption = new Option<string?>("--client-secret-file") { Description = "Bestand met het clientgeheim (niet op de opdrachtregel, waar het in de geschiedenis blijft); weglaten houdt het opgeslagen geheim" };
        var groupsClaimOption = new Option<string>("--groups-claim") { Description = "Claim met de groepen (Entra ID: groups)", DefaultValueFactory = _ => "groups" };
        var groupOptions = Roles.All.ToDictionary(r => r, r => new Option<string?>("--" + r.ToLowerInvariant() + "-groups") { Description = $"Groep-id's voor {r}, komma-gescheiden" });
        var domainsOption = new Option<string?>("--email-domains") { Description = "E-maildomeinen van de gemeente, komma-gescheiden" };
        var createUsersOption = new Option<bool>("--create-users") { Description = "Account maken bij de eerste keer inloggen" };
        var noPasswordsOption = new Option<bool>("--no-passwords") { Description = "Inloggen met wachtwoord uit, behalve voor het noodaccount" };
        var breakGlassOption = new Option<string?>("--noodaccount") { Description = "E-mailadres van de beheerder die met wachtwoord blijft inloggen" };
        var configureSso = new Command("configure-gemeente-account", "Koppelt de identity provider van een gemeente (inloggen met het gemeente-account) of wijzigt die.")
        {
            gemeenteOption, authorityOption, clientIdOption, secretFileOption, groupsClaimOption, domainsOption, createUsersOption, noPasswordsOption, breakGlassOption,
        };
        foreach (var option in groupOptions.Values)
        {
            configureSso.Options.Add(option);
        }

        var demoCode = new Command("demo-code", "Toont de code van dit moment voor de tweestapsverificatie van de demo-beheerders en -beslissers.");
        var import = new Command("import", "Leest een uitwisselbestand in voor een gemeente (alles of niets; opnieuw inlezen verandert niets).") { exchangeGemeenteOption, fileArgument };

        // Each command names its own work; an unknown command never reaches one (the parser refuses it first).
        void On(Command command, Func<ParseResult, IServiceProvider, Task<int>> run) =>
            command.SetAction((parsed, _) => RunInScopeAsync(services, sp => run(parsed, sp), error));
        On(migrate, (_, sp) => MigrateAsync(sp, output));
        On(seedDemo, (_, sp) => SeedDemoAsync(sp, output, error));
        On(createMunicipality, (p, sp) => CreateMunicipalityAsync(sp, p.GetValue(nameOption)!, p.GetValue(codeOption)!, output, error));
        On(createUser, (p, sp) => CreateUserAsync(sp, p.GetValue(gemeenteOption)!, p.GetValue(emailOption)!, p.GetValue(nameOption)!, p.GetValue(rolesOption)!, output, error));
        On(createToken, (p, sp) => CreateTokenAsync(sp, p.GetValue(emailOption)!, p.GetValue(nameOption)!, output, error));
        On(export, (p, sp) => ExportAsync(sp, p.GetValue(exchangeGemeenteOption)!, p.GetValue(outOption)!, output, error));
        On(demoCode, (_, sp) => DemoCodeAsync(sp, output));
        On(configureSso, (p, sp) => ConfigureGemeenteAccountAsync(sp, p.GetValue(gemeenteOption)!, new Features.LoginSettings.ProviderForm
        {
            Authority = p.GetValue(authorityOption), ClientId = p.GetValue(clientIdOption), GroupsClaim = p.GetValue(groupsClaimOption),
            HandhaverGroups = p.GetValue(groupOptions[Roles.Handhaver]), ConsulentGroups = p.GetValue(groupOptions[Roles.Consulent]),
            BeslisserGroups = p.GetValue(groupOptions[Roles.Beslisser]), BeheerderGroups = p.GetValue(groupOptions[Roles.Beheerder]),
            EmailDomains = p.GetValue(domainsOption), CreatesUsers = p.GetValue(createUsersOption), LocalPasswordsAllowed = !p.GetValue(noPasswordsOption),
        }, p.GetValue(secretFileOption), p.GetValue(breakGlassOption), output, error));
        On(import, (p, sp) => ImportAsync(sp, p.GetValue(exchangeGemeenteOption)!, p.GetValue(fileArgument)!, output, error));

        var root = new RootCommand("Dilemmaregister — beheeropdrachten") { migrate, seedDemo, createMunicipality, createUser, createToken, export, import, demoCode, configureSso };
        var result = root.Parse(args.Length > 0 && args[0] == "help" ? ["--help"] : args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            await error.WriteLineAsync("Gebruik 'help' of '<opdracht> --help' voor de opdrachten en hun opties.");
            return UsageError;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static async Task<int> RunInScopeAsync(IServiceProvider services, Func<IServiceProvider, Task<int>> run, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await run(scope.ServiceProvider);
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await error.WriteLineAsync($"Fout: de database is niet bereikbaar ({ex.Message}).");
            return Failure;
        }
        catch (DomainException ex)
        {
            await error.WriteLineAsync($"Fout: {ex.Message}");
            return Failure;
        }
        catch (InvalidOperationException ex)
        {
            // An operator gets one clear line, not a stack trace; the cause is in the message.
            await error.WriteLineAsync($"Fout: {ex.Message}");
            return Failure;
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider sp, TextWriter output)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await DatabaseSetup.MigrateAsync(sp);
        await output.WriteLineAsync(pending.Count == 0
            ? "De database is al bijgewerkt."
            : $"{pending.Count} migratie(s) toegepast: {string.Join(", ", pending)}.");
        return Success;
    }

    /// <summary>
    /// What an authenticator app would show for the demo key, so a newcomer can try the beheerder and beslisser screens
    /// without one. Only the demo key, which is public anyway: no other account's code can be asked for.
    /// </summary>
    private static async Task<int> DemoCodeAsync(IServiceProvider sp, TextWriter output)
    {
        var key = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoOptions>>().Value.AuthenticatorKey;
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        var code = totp.ComputeTotp(sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await output.WriteLineAsync($"{code}   (de code van dit moment; elke 30 seconden een nieuwe)");
        return Success;
    }

    private static async Task<int> ConfigureGemeenteAccountAsync(
        IServiceProvider sp, string code, Features.LoginSettings.ProviderForm form, string? secretFile, string? breakGlassEmail, TextWriter output, TextWriter error)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var normalizedCode = code.Trim().ToUpperInvariant();
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Code == normalizedCode);
        if (municipality is null)
        {
            await error.WriteLineAsync($"Fout: er is geen gemeente met code {code}.");
            return Failure;
        }

        sp.GetRequiredService<TenantContext>().Use(municipality.Id);
        if (secretFile is not null)
        {
            if (!File.Exists(secretFile))
            {
                await error.WriteLineAsync($"Fout: het bestand {secretFile} bestaat niet.");
                return Failure;
            }

            form.ClientSecret = (await File.ReadAllTextAsync(secretFile)).Trim();
        }

        if (breakGlassEmail is not null)
        {
            var normalized = breakGlassEmail.Trim().ToUpperInvariant();
            form.BreakGlassUserId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync();
            if (form.BreakGlassUserId is null)
            {
                await error.WriteLineAsync($"Fout: er is in deze gemeente geen gebruiker met e-mailadres {breakGlassEmail}.");
                return Failure;
            }
        }

        var outcome = await sp.GetRequiredService<Features.LoginSettings.LoginSettingsActions>().SaveProviderAsync(actor: null, form, CancellationToken.None);
        if (!outcome.IsDone)
        {
            foreach (var refusal in outcome.Refusals)
            {
                await error.WriteLineAsync($"Fout: {refusal.Message}");
            }

            if (outcome.Refusals.Count == 0)
            {
                await error.WriteLineAsync($"Fout: {outcome.Reason}");
            }

            return Failure;
        }

        await output.WriteLineAsync($"Inloggen met het gemeente-account is ingesteld voor {municipality.Name}. Redirect-URI bij de provider: https://<uw-adres>/signin-oidc/{municipality.Code}");
        return Success;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider sp, TextWriter output, TextWriter error)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("Fout: de database is niet bijgewerkt. Voer eerst 'migrate' uit.");
            return Failure;
        }

        var summary = await sp.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        await output.WriteLineAsync(summary);
        return Success;
    }

    private static async Task<int> ExportAsync(IServiceProvider sp, string code, string file, TextWriter output, TextWriter error)
    {
        if (await UseMunicipalityAsync(sp, code, error) is null)
        {
            return Failure;
        }

        var document = await sp.GetRequiredService<Features.Exchange.ExchangeService>().ExportAsync(null, CancellationToken.None);
        await File.WriteAllBytesAsync(file, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document, Features.Exchange.ExchangeService.Json));
        await output.WriteLineAsync($"{document.Dilemmas!.Count} besloten dilemma's geschreven naar {file}.");
        return Success;
    }

    /// <summary>Imports as the gemeente's first active Beheerder, who is named in the logboek.</summary>
    private static async Task<int> ImportAsync(IServiceProvider sp, string code, string file, TextWriter output, TextWriter error)
    {
        if (await UseMunicipalityAsync(sp, code, error) is null)
        {
            return Failure;
        }

        var db = sp.GetRequiredService<AppDbContext>();
        var beheerder = await db.ActiveUsersInRole(Roles.Beheerder).FirstOrDefaultAsync();
        if (beheerder == Guid.Empty)
        {
            await error.WriteLineAsync($"Fout: gemeente {code} heeft geen actieve beheerder; maak er eerst een aan met create-user.");
            return Failure;
        }

        Features.Exchange.ExchangeDocument? document;
        try
        {
            await using var stream = File.OpenRead(file);
            document = await System.Text.Json.JsonSerializer.DeserializeAsync<Features.Exchange.ExchangeDocument>(stream, Features.Exchange.ExchangeService.Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"Fout: {file} kon niet worden gelezen als uitwisselbestand ({ex.GetType().Name}); er is niets ingelezen.");
            return Failure;
        }

        var actor = new Actor(beheerder, new HashSet<string>(StringComparer.Ordinal) { Roles.Beheerder });
        var outcome = await sp.GetRequiredService<Features.Exchange.ExchangeService>()
            .ImportAsync(document ?? new Features.Exchange.ExchangeDocument(null, null, null, null, null), actor, CancellationToken.None);
        if (!outcome.IsDone)
        {
            await error.WriteLineAsync("Fout: het bestand is niet ingelezen; er is niets gewijzigd.");
            // Readable for the operator, with the field's path for whoever fixes the file by hand.
            foreach (var problem in outcome.Refusals.Take(50))
            {
                var described = Features.Exchange.ImportProblems.Describe(
                    document ?? new Features.Exchange.ExchangeDocument(null, null, null, null, null), new FluentValidation.Results.ValidationFailure(problem.Field, problem.Message));
                await error.WriteLineAsync($"  {described} ({Infrastructure.Web.ApiProblems.JsonPath(problem.Field)})");
            }

            return Failure;
        }

        var result = outcome.Value!;
        await output.WriteLineAsync($"Ingelezen: {result.Imported} nieuw, {result.Updated} bijgewerkt, {result.Skipped} ongewijzigd.");
        return Success;
    }

    private static async Task<Municipality?> UseMunicipalityAsync(IServiceProvider sp, string code, TextWriter error)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var municipality = await sp.GetRequiredService<AppDbContext>().Municipalities.SingleOrDefaultAsync(m => m.Code == normalized);
        if (municipality is null)
        {
            await error.WriteLineAsync($"Fout: er is geen gemeente met code {normalized}.");
            return null;
        }

        sp.GetRequiredService<TenantContext>().Use(municipality.Id);
        return municipality;
    }

    private static async Task<int> CreateMunicipalityAsync(IServiceProvider sp, string name, string code, TextWriter output, TextWriter error)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var municipality = new Municipality(name, code);
        if (await db.Municipalities.AnyAsync(m => m.Code == municipality.Code))
        {
            await error.WriteLineAsync($"Fout: er bestaat al een gemeente met code {municipality.Code}.");
            return Failure;
        }

        db.Municipalities.Add(municipality);
        var (areas, signals) = StandardLists.Missing(municipality.Id, [], []);
        db.PolicyAreas.AddRange(areas);
        db.RiskSignals.AddRange(signals);
        await db.SaveChangesAsync();
        await output.WriteLineAsync($"Gemeente aangemaakt: {municipality.Name} ({municipality.Code}), met de standaardlijsten van {areas.Count} domeinen en {signals.Count} risicosignalen.");
        return Success;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, string email, string name, TextWriter output, TextWriter error)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (user is not { IsActive: true })
        {
            await error.WriteLineAsync($"Fout: er is geen actieve gebruiker met e-mailadres {email}.");
            return Failure;
        }

        var clock = sp.GetRequiredService<TimeProvider>();
        var (token, secret) = AccessToken.Create(user, name, clock.GetUtcNow(), expiresAt: null);
        db.AccessTokens.Add(token);
        db.AuditEntries.Add(new AuditEntry(user.MunicipalityId, null, clock.GetUtcNow(), AuditActions.TokenCreated, "Gebruiker", user.Id.ToString(), "Persoonlijk toegangstoken aangemaakt via de opdrachtregel."));
        await db.SaveChangesAsync();
        await output.WriteLineAsync($"Token \"{token.Name}\" aangemaakt voor {user.Email}. Het wordt nergens bewaard; kopieer het nu:");
        await output.WriteLineAsync(secret);
        return Success;
    }

    private static async Task<int> CreateUserAsync(
        IServiceProvider sp, string code, string email, string name, string roleList, TextWriter output, TextWriter error)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var normalizedCode = code.Trim().ToUpperInvariant();
        var municipality = await db.Municipalities.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == normalizedCode);
        if (municipality is null)
        {
            await error.WriteLineAsync($"Fout: er is geen gemeente met code {code}. Maak die eerst aan met create-gemeente.");
            return Failure;
        }

        var roles = Roles.Parse(roleList);
        if (roles is null)
        {
            await error.WriteLineAsync($"Fout: onbekende rol in '{roleList}'. Kies uit: {string.Join(", ", Roles.All)}.");
            return Failure;
        }

        var validation = await sp.GetRequiredService<FluentValidation.IValidator<CreateUserForm>>()
            .ValidateAsync(new CreateUserForm { Email = email, DisplayName = name, Roles = [.. roles] });
        if (!validation.IsValid)
        {
            foreach (var failure in validation.Errors)
            {
                await error.WriteLineAsync($"Fout: {failure.ErrorMessage}");
            }

            return Failure;
        }

        // The command acts for that gemeente, as its Beheerder would in the browser.
        sp.GetRequiredService<TenantContext>().Use(municipality.Id);
        var (created, errors) = await sp.GetRequiredService<UserAccounts>()
            .CreateAsync(municipality.Id, email, name, roles, actorId: null, CancellationToken.None);
        if (created is null)
        {
            foreach (var message in errors)
            {
                await error.WriteLineAsync($"Fout: {message}");
            }

            return Failure;
        }

        await output.WriteLineAsync($"Gebruiker aangemaakt in {municipality.Name}: {created.User.Email} ({string.Join(", ", roles)}).");
        await output.WriteLineAsync($"Eenmalig wachtwoord: {created.OneTimePassword}");
        await output.WriteLineAsync("Bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.");
        return Success;
    }
}
