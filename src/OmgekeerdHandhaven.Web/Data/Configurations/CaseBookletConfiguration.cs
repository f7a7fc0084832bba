using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class CaseBookletConfiguration : IEntityTypeConfiguration<CaseBooklet>
{
    public void Configure(EntityTypeBuilder<CaseBooklet> builder)
    {
        builder.Ignore(b => b.IsPublished);
        builder.Property(b => b.Title).HasMaxLength(CaseBooklet.TitleMaxLength);
        builder.Property(b => b.Introduction).HasMaxLength(CaseBooklet.IntroductionMaxLength);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.GroupOrder).HasColumnType("text[]");
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(b => b.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(b => b.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.MunicipalityId, b.CreatedAt });
        builder.HasMany(b => b.Entries).WithOne().HasForeignKey(e => e.CaseBookletId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Entries).HasField("_entries");
    }
}
