using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Health;
using OmgekeerdHandhaven.Web.Infrastructure.Logging;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OmgekeerdHandhaven.Web.Infrastructure.Settings;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;
using OmgekeerdHandhaven.Web.Infrastructure.Web;
using Serilog;

namespace OmgekeerdHandhaven.Web;

/// <summary>Composition of services and middleware, kept out of Program.cs so that stays readable at a glance.</summary>
public static class ApplicationSetup
{

    public static readonly CultureInfo DutchCulture = DutchTime.Culture;

    /// <summary>
    /// The connection string as the pool should use it: without a reset (DISCARD ALL) each time a connection goes back
    /// to the pool, unless the setting says otherwise. The app keeps no session state on a connection (its settings and
    /// locks are per transaction: SET LOCAL, pg_advisory_xact_lock), and the reset cost a statement per query and the
    /// plans of the search functions, which a page of Zoeken runs a dozen times.
    /// </summary>
    public static string PooledConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(connectionString, @"No\s*Reset\s*On\s*Close", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static WebApplicationBuilder AddDilemmaregister(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // preserveStaticLogger: each host (and each test server) keeps its own logger instead of replacing a process-wide one.
        services.AddSerilog(
            (sp, logger) => logger
                .ReadFrom.Configuration(configuration)
                .ReadFrom.Services(sp)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        // Read when the first context is made, so configuration added later (tests, command line) still counts.
        services.AddDbContext<AppDbContext>(options => options
            .UseNpgsql(
                PooledConnectionString(configuration.GetConnectionString("Default")
                    ?? throw new InvalidOperationException("ConnectionStrings:Default is not set. Start the app with ./run.sh, or set ConnectionStrings__Default.")),
                npgsql => npgsql.EnableRetryOnFailure(3))
            .UseSnakeCaseNamingConvention());

        AddSettings(services, configuration);
        AddIdentity(services);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        AddGemeenteAccounts(services);
        services.AddAuthorization(Policies.Configure);

        var keys = services.AddDataProtection()
            .SetApplicationName("OmgekeerdHandhaven")
            .PersistKeysToDbContext<AppDbContext>();
        ProtectKeys(keys, configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions());

        services.AddControllersWithViews(options =>
        {
            // Every non-GET form must carry the antiforgery token; an action cannot forget it.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<AccountStepsFilter>();
            options.Filters.Add<InvalidFormStatusFilter>();

            // No jQuery-style keys (a[b]) in our forms or links; MVC's parser for them throws on a malformed key ("[x=1"),
            // which answered 500 (the error page itself failed, reading the same form again). Standard keys still bind.
            foreach (var jQuery in options.ValueProviderFactories
                .Where(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryQueryStringValueProviderFactory).ToList())
            {
                options.ValueProviderFactories.Remove(jQuery);
            }

            // FluentValidation owns validation; MVC must not add English "field is required" errors of its own.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            DutchModelBindingMessages.Apply(options.ModelBindingMessageProvider);
        })
        .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureFolderViewLocationExpander()))
        .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
        .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = Infrastructure.Web.ApiProblems.FromModelState);

        services.AddOpenApi("v1", Features.Api.ApiDocumentTransformers.Configure);

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "oh.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // The one-time "opgeslagen" messages travel in a cookie (no server state): as strict as the others.
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "oh.melding";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddValidatorsFromAssemblyContaining<AppDbContext>(includeInternalTypes: true);

        // Behind a load balancer or reverse proxy the client's address and scheme come from X-Forwarded-For/-Proto, trusted
        // only from loopback (the defaults) and the proxies named in ReverseProxy:KnownProxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsAppliedHealthCheck>("migraties", tags: ["ready"]);

        services.AddScoped<DemoSeeder>();
        services.AddScoped<AuditLog>();
        services.AddScoped<IColleagueNames, ColleagueNames>();
        services.AddScoped<Notifier>();
        services.AddScoped<Infrastructure.Actions.UnitOfWork>();
        services.AddScoped<Features.Dilemmas.DilemmaPageBuilder>();
        services.AddScoped<Features.Dilemmas.DilemmaActions>();
        services.AddScoped<Features.Mail.MailSettingsActions>();
        services.AddScoped<Features.Mail.MailAdminActions>();
        services.AddScoped<Features.Redactions.RedactionActions>();
        services.AddScoped<Features.Dilemmas.FollowActions>();
        services.AddScoped<Features.Decisions.DecisionActions>();
        services.AddScoped<Features.Agreements.AgreementActions>();
        services.AddScoped<Features.TeamMeetings.TeamMeetingPageBuilder>();
        services.AddScoped<Features.TeamMeetings.TeamMeetingActions>();
        services.AddScoped<Features.CaseBooklets.CaseBookletActions>();
        services.AddScoped<Features.Synonyms.SynonymActions>();
        services.AddScoped<Features.Vision.VisionActions>();
        services.AddScoped<Features.LoginSettings.LoginSettingsActions>();
        services.AddScoped<Features.Account.GemeenteAccountActions>();
        services.AddSingleton<Features.Mail.MailLinks>();
        services.AddSingleton<Features.Mail.MailComposer>();
        services.AddSingleton<Features.Mail.OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Mail.OutboxWorker>());
        services.AddSingleton<Features.Mail.MorningRun>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Mail.MorningRun>());
        services.AddSingleton<Features.Retention.RetentionJob>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Retention.RetentionJob>());
        services.AddScoped<Features.Retention.RetentionActions>();
        services.AddScoped<Features.Profile.ProfileActions>();
        services.AddScoped<Features.Profile.SecondFactorActions>();
        services.AddScoped<Features.Notifications.NotificationActions>();
        services.AddScoped<Features.Practice.PracticeActions>();
        services.AddScoped<Features.Users.UserActions>();
        services.AddScoped<Features.Lists.ListActions>();
        services.AddScoped<Features.Account.AccountActions>();
        services.AddScoped<Features.Exchange.ExchangeService>();
        services.AddScoped<Features.Dashboard.DashboardQueries>();
        services.AddSingleton<Features.CaseBooklets.BookletExportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.CaseBooklets.BookletExportWorker>());
        services.AddScoped<Features.Api.ApiMapping>();
        services.AddScoped<Features.Search.DilemmaSearch>();
        services.AddScoped<Features.Search.SpellingSuggestions>();
        services.AddScoped<Features.Search.SearchMisses>();
        services.AddScoped<Data.Search.SearchLanguageSetup>();
        services.AddSingleton<Features.Search.SearchCapabilities>();
        services.AddScoped<Features.Users.UserAccounts>();
        return builder;
    }

    /// <summary>Keys at rest encrypted with the configured certificate (the previous one still decrypts); see <see cref="KeyProtectionOptions"/>.</summary>
    private static void ProtectKeys(IDataProtectionBuilder keys, KeyProtectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return;
        }

        var current = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        var all = new List<X509Certificate2> { current };
        if (!string.IsNullOrWhiteSpace(options.PreviousCertificatePath))
        {
            all.Add(X509CertificateLoader.LoadPkcs12FromFile(options.PreviousCertificatePath, options.PreviousCertificatePassword));
        }

        // On Linux the decryptor does not look in a certificate store: it is given the certificates to try.
        keys.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. all]);
    }

    private static void AddSettings(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<KeyProtectionOptions>(configuration, KeyProtectionOptions.Section);
        services.AddSettings<LoginLimitOptions>(configuration, LoginLimitOptions.Section);
        services.AddSettings<ApiRateLimitOptions>(configuration, ApiRateLimitOptions.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<ApiRateLimitOptions>>((limiter, settings) => ApiRateLimit.Configure(limiter, settings.Value));
        services.AddSettings<SecurityOptions>(configuration, SecurityOptions.Section);
        services.AddSettings<ReverseProxyOptions>(configuration, ReverseProxyOptions.Section);
        services.AddSettings<DemoOptions>(configuration, DemoOptions.Section);
        services.AddSettings<Features.Mail.MailOptions>(configuration, Features.Mail.MailOptions.Section);
        services.AddSettings<Features.Retention.RetentionOptions>(configuration, Features.Retention.RetentionOptions.Section);
        services.AddSettings<Features.Search.SearchOptions>(configuration, Features.Search.SearchOptions.Section);
        services.AddSettings<Data.Search.SearchLanguageOptions>(configuration, Data.Search.SearchLanguageOptions.Section);
        services.AddSettings<Features.CaseBooklets.BookletExportOptions>(configuration, Features.CaseBooklets.BookletExportOptions.Section);
    }

    /// <summary>Sign-in with the gemeente account: one OpenID Connect scheme per gemeente with a provider, from the database.</summary>
    private static void AddGemeenteAccounts(IServiceCollection services)
    {
        services.AddSingleton<IAuthenticationSchemeProvider, Infrastructure.SingleSignOn.GemeenteSchemeProvider>();
        services.AddSingleton<Infrastructure.SingleSignOn.ClientSecrets>();
        services.AddSingleton<Infrastructure.SingleSignOn.ProviderOrigins>();
        services.AddHostedService(sp => sp.GetRequiredService<Infrastructure.SingleSignOn.ProviderOrigins>());
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>, Infrastructure.SingleSignOn.GemeenteOidcOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>,
            Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectPostConfigureOptions>());
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = PasswordPolicy.MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = PasswordPolicy.LockoutDuration;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<TenantAwareUserStore>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        // Our validator owns every password rule (length, common list); Identity's composition rules would only repeat it in other words.
        services.RemoveAll<IPasswordValidator<ApplicationUser>>();
        services.AddScoped<IPasswordValidator<ApplicationUser>, PasswordPolicyValidator>();

        services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = PasswordPolicy.Pbkdf2Iterations;
        });

        // A deactivated user's or a changed password's sessions stop at the next check, at most this long after.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            options.ValidationInterval = TimeSpan.FromSeconds(security.Value.SessionCheckSeconds);
            // The periodic check rebuilds the principal from the user; the session it belongs to stays the same.
            options.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    // So is the way it began: with the gemeente account or not.
                    foreach (var kept in context.CurrentPrincipal?.Claims.Where(c => c.Type is UserSessions.ClaimType
                        or Infrastructure.SingleSignOn.GemeenteAccount.ClaimType or Infrastructure.SingleSignOn.GemeenteAccount.SignedInAtClaimType) ?? [])
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(kept.Type, kept.Value));
                    }
                }

                return Task.CompletedTask;
            };
        });
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "oh.sessie";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(9);
            options.SlidingExpiration = true;
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/fout/403";
            options.ReturnUrlParameter = "terug";
            // Answer 403 in place (rendered by the status code page) rather than redirecting to another URL.
            // Only this handler is replaced: Identity's OnValidatePrincipal (the security stamp check) must stay.
            // After Identity's security stamp check: the session must still exist on the server (logout ends it at once).
            var validateStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                await validateStamp(context);
                if (context.Principal is not { } principal)
                {
                    return;
                }

                bool active;
                try
                {
                    active = await UserSessions.IsActiveAsync(context.HttpContext.RequestServices.GetRequiredService<AppDbContext>(), principal, context.HttpContext.RequestAborted);
                }
                catch (Exception ex) when (DatabaseFailures.IsUnavailable(ex))
                {
                    // The database is away: this request can read nothing anyway and ends in the Dutch 503 page, and the
                    // colleague keeps the session for when the database is back.
                    return;
                }

                var services = context.HttpContext.RequestServices;
                var maximum = TimeSpan.FromHours(services.GetRequiredService<IOptions<SecurityOptions>>().Value.GemeenteAccountSessionHours);
                if (!active || Infrastructure.SingleSignOn.GemeenteAccount.IsPastMaximum(principal, services.GetRequiredService<TimeProvider>().GetUtcNow(), maximum))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await AccessDeniedAudit.RecordAsync(context.HttpContext);
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((options, clock) => options.TimeProvider = clock);
    }

    public static WebApplication UseDilemmaregister(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/fout/500");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The API answers with problem+json of its own; the Dutch status pages are for the browser.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/fout/{0}"));
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(DutchCulture),
            SupportedCultures = [DutchCulture],
            SupportedUICultures = [DutchCulture],
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });

        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = RequestLogEnricher.Enrich;
        });
        app.UseRouting();
        app.UseMiddleware<QueryControlCharactersMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<UserLogContextMiddleware>();
        app.UseAuthorization();
        // After authorisation: the API's bearer token is authenticated there, and the budget is per token.
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        Features.Api.ApiDocumentationPage.Map(app);
        app.MapControllers();
        return app;
    }
}
