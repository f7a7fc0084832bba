using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.EntityType).HasMaxLength(40);
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.EntityKeyMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);
        builder.HasIndex(a => new { a.MunicipalityId, a.At });
        builder.HasIndex(a => new { a.MunicipalityId, a.EntityType, a.EntityKey });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
