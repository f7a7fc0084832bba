using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class SearchMissConfiguration : IEntityTypeConfiguration<SearchMiss>
{
    public void Configure(EntityTypeBuilder<SearchMiss> builder)
    {
        builder.Property(m => m.Words).HasMaxLength(SearchMiss.WordsMaxLength);
        // One row per gemeente, day and words (the withheld ones together): searches count up in it.
        builder.HasIndex(m => new { m.MunicipalityId, m.Day, m.Words }).IsUnique().AreNullsDistinct(false)
            .HasDatabaseName("ux_search_misses_municipality_id_day_words");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}
