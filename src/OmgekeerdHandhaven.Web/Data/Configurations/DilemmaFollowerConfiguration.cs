using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DilemmaFollowerConfiguration : IEntityTypeConfiguration<DilemmaFollower>
{
    public void Configure(EntityTypeBuilder<DilemmaFollower> builder)
    {
        builder.HasKey(f => new { f.DilemmaId, f.UserId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(f => f.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dilemma>().WithMany().HasForeignKey(f => f.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.UserId);
        builder.HasIndex(f => f.MunicipalityId);
    }
}
