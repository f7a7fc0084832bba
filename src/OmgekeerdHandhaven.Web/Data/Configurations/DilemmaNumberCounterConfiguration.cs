using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DilemmaNumberCounterConfiguration : IEntityTypeConfiguration<DilemmaNumberCounter>
{
    public void Configure(EntityTypeBuilder<DilemmaNumberCounter> builder)
    {
        builder.HasKey(c => new { c.MunicipalityId, c.Year });
        builder.HasOne<Domain.Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
