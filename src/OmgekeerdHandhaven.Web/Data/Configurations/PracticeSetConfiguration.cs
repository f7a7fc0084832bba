using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class PracticeSetConfiguration : IEntityTypeConfiguration<PracticeSet>
{
    public void Configure(EntityTypeBuilder<PracticeSet> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(PracticeSet.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(PracticeSet.DescriptionMaxLength);
        builder.Property(s => s.DilemmaIds).HasColumnType("uuid[]");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.MunicipalityId);
    }
}
