using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DilemmaSearchDocumentConfiguration : IEntityTypeConfiguration<DilemmaSearchDocument>
{
    public void Configure(EntityTypeBuilder<DilemmaSearchDocument> builder)
    {
        builder.ToTable("dilemma_search");
        builder.HasKey(s => s.DilemmaId);
        builder.HasOne<Dilemma>().WithOne().HasForeignKey<DilemmaSearchDocument>(s => s.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.Document).HasMethod("GIN");
        builder.HasIndex(s => s.MunicipalityId);
    }
}
