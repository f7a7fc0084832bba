using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Ignore(d => d.IsCurrent);
        builder.Property(d => d.Solution).HasMaxLength(10_000);
        builder.Property(d => d.Rationale).HasMaxLength(10_000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Agreements).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Agreements).HasField("_agreements");

        // At most one current decision per dilemma, whatever races happen above the database.
        builder.HasIndex(d => d.DilemmaId, "OneCurrentPerDilemma").IsUnique().HasFilter("superseded_at IS NULL").HasDatabaseName("ix_decisions_one_current_per_dilemma");
        // A dilemma's decisions, superseded ones included (its page shows the history): the index above holds only the
        // current one, so without this loading a dilemma read every decision of the register (12 ms at 50 000).
        builder.HasIndex(d => d.DilemmaId, "ByDilemma").HasDatabaseName("ix_decisions_dilemma_id");
        // Recent decisions (Mijn werk): the newest current decisions of the gemeente, read from the top.
        builder.HasIndex(d => new { d.MunicipalityId, d.DecidedAt }).HasFilter("superseded_at IS NULL").HasDatabaseName("ix_decisions_current_by_date");
    }
}
