using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class BookletExportConfiguration : IEntityTypeConfiguration<BookletExport>
{
    public void Configure(EntityTypeBuilder<BookletExport> builder)
    {
        builder.Property(e => e.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<CaseBooklet>().WithMany().HasForeignKey(e => e.CaseBookletId).OnDelete(DeleteBehavior.Cascade);

        // The worker takes the oldest queued export first.
        builder.HasIndex(e => new { e.Status, e.RequestedAt });
    }
}
