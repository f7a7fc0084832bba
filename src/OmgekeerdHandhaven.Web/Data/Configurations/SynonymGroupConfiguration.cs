using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class SynonymGroupConfiguration : IEntityTypeConfiguration<SynonymGroup>
{
    public void Configure(EntityTypeBuilder<SynonymGroup> builder)
    {
        // text[]: the search function in PostgreSQL reads the groups directly (search_synonym_rules).
        builder.Property(g => g.Terms).HasColumnType("text[]").IsRequired();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(g => g.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.MunicipalityId);
    }
}
