using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class PolicyAreaConfiguration : IEntityTypeConfiguration<PolicyArea>
{
    public void Configure(EntityTypeBuilder<PolicyArea> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(PolicyArea.NameMaxLength).IsRequired();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.MunicipalityId, p.Name }).IsUnique();
    }
}
