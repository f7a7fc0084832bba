using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext tenant)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<PolicyArea> PolicyAreas => Set<PolicyArea>();

    public DbSet<RiskSignal> RiskSignals => Set<RiskSignal>();

    public DbSet<Dilemma> Dilemmas => Set<Dilemma>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<DilemmaRevision> DilemmaRevisions => Set<DilemmaRevision>();

    public DbSet<DilemmaNumberCounter> DilemmaNumberCounters => Set<DilemmaNumberCounter>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<DilemmaSearchDocument> DilemmaSearch => Set<DilemmaSearchDocument>();

    public DbSet<SynonymGroup> SynonymGroups => Set<SynonymGroup>();

    public DbSet<TeamMeeting> TeamMeetings => Set<TeamMeeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<CaseBooklet> CaseBooklets => Set<CaseBooklet>();

    public DbSet<CaseBookletEntry> CaseBookletEntries => Set<CaseBookletEntry>();

    public DbSet<BookletExport> BookletExports => Set<BookletExport>();

    public DbSet<PracticeSet> PracticeSets => Set<PracticeSet>();

    public DbSet<PracticeAnswer> PracticeAnswers => Set<PracticeAnswer>();

    public DbSet<SignInProvider> SignInProviders => Set<SignInProvider>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<MailPreference> MailPreferences => Set<MailPreference>();

    public DbSet<DilemmaFollower> DilemmaFollowers => Set<DilemmaFollower>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    public DbSet<SearchMiss> SearchMisses => Set<SearchMiss>();

    /// <summary>Read by the tenant query filters on every query; EF Core evaluates it per query, not once per model.</summary>
    internal Guid? CurrentMunicipalityId => tenant.MunicipalityId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Identity names its tables explicitly ("AspNetUsers"); give them the snake_case names of the rest of the schema.
        builder.Entity<ApplicationUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Domain entities create their own Guid ids. Telling EF so makes a new child reached through a navigation
        // (a comment added to a loaded dilemma) an insert; otherwise a set key reads as "existing" and EF updates 0 rows.
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.ClrType.Namespace == typeof(Dilemma).Namespace && !t.IsOwned()))
        {
            if (entityType.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }

        var apply = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            apply.MakeGenericMethod(entityType.ClrType).Invoke(this, [builder]);
        }
    }

    private void ApplyTenantFilter<TEntity>(ModelBuilder builder)
        where TEntity : class, ITenantOwned =>
        builder.Entity<TEntity>().HasQueryFilter(TenantFilter, e => e.MunicipalityId == CurrentMunicipalityId);
}
