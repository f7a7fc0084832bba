using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class CaseBookletEntryConfiguration : IEntityTypeConfiguration<CaseBookletEntry>
{
    public void Configure(EntityTypeBuilder<CaseBookletEntry> builder)
    {
        builder.Property(e => e.Group).HasMaxLength(100);
        builder.Property(e => e.Number).HasMaxLength(16);
        builder.Property(e => e.Title).HasMaxLength(150);
        builder.Property(e => e.Situation).HasMaxLength(10_000);
        builder.Property(e => e.Question).HasMaxLength(2_000);
        builder.Property(e => e.Solution).HasMaxLength(10_000);
        builder.Property(e => e.Rationale).HasMaxLength(10_000);
        builder.OwnsMany(e => e.Options, options => options.ToJson());
        builder.OwnsMany(e => e.Agreements, agreements => agreements.ToJson());
        builder.HasOne<Dilemma>().WithMany().HasForeignKey(e => e.DilemmaId).OnDelete(DeleteBehavior.Cascade);

        // A dilemma once per edition; the dilemma page asks which booklets include it.
        builder.HasIndex(e => new { e.CaseBookletId, e.DilemmaId }).IsUnique();
        builder.HasIndex(e => e.DilemmaId);
    }
}
