using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DilemmaConfiguration : IEntityTypeConfiguration<Dilemma>
{
    public void Configure(EntityTypeBuilder<Dilemma> builder)
    {
        builder.Ignore(d => d.Number);
        builder.Ignore(d => d.CurrentDecision);
        builder.HasIndex(d => new { d.MunicipalityId, d.Year, d.Sequence }).IsUnique();
        // Mijn werk reads the top of these lists (awaiting a decision by submission; my concepts and returned ones by
        // last change) without sorting every row of the status, also when one colleague has written thousands.
        builder.HasIndex(d => new { d.MunicipalityId, d.Status, d.SubmittedAt });
        builder.HasIndex(d => new { d.AuthorId, d.Status, d.UpdatedAt });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.AuthorId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Phase).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Title).HasMaxLength(150);
        builder.Property(d => d.Situation).HasMaxLength(10_000);
        builder.Property(d => d.Question).HasMaxLength(2_000);
        builder.Property(d => d.Interests).HasMaxLength(4_000);
        builder.Property(d => d.Proposal).HasMaxLength(4_000);
        builder.Property(d => d.LegalBasis).HasMaxLength(300);
        builder.Property(d => d.ReturnReason).HasMaxLength(2_000);
        builder.Property(d => d.WithdrawalReason).HasMaxLength(2_000);
        builder.Ignore(d => d.IsImported);
        builder.Property(d => d.SourceGemeente).HasMaxLength(100);
        builder.Property(d => d.SourceKey).HasMaxLength(100);
        builder.Property(d => d.SourceId).HasMaxLength(50);

        // Importing the same document twice finds each dilemma again by its source's identity.
        builder.HasIndex(d => new { d.MunicipalityId, d.SourceKey, d.SourceId }).IsUnique().HasFilter("source_id IS NOT NULL");

        // xmin: the second of two concurrent saves of the same version fails instead of overwriting.
        builder.Property(d => d.Version).IsRowVersion();

        builder.OwnsMany(d => d.Options, options => options.ToJson());

        builder.HasMany(d => d.PolicyAreas).WithMany().UsingEntity(
            "dilemma_policy_areas",
            right => right.HasOne(typeof(PolicyArea)).WithMany().HasForeignKey("policy_area_id").OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(Dilemma)).WithMany().HasForeignKey("dilemma_id").OnDelete(DeleteBehavior.Cascade));
        builder.Navigation(d => d.PolicyAreas).HasField("_policyAreas");

        builder.HasMany(d => d.Decisions).WithOne().HasForeignKey(x => x.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Decisions).HasField("_decisions");
        builder.HasMany(d => d.Comments).WithOne().HasForeignKey(c => c.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Comments).HasField("_comments");
        builder.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Revisions).HasField("_revisions");
    }
}
