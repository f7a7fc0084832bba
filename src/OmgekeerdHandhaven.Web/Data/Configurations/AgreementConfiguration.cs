using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(2_000);
        builder.Property(a => a.Responsible).HasMaxLength(150);
        builder.Property(a => a.Fallback).HasMaxLength(2_000);
        builder.Property(a => a.StatusNote).HasMaxLength(2_000);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.MunicipalityId, a.Status, a.DueDate });
        builder.HasIndex(a => a.ResponsibleUserId);

        // The morning run's question: open agreements of a colleague not yet reminded (few, however large the register).
        builder.HasIndex(a => a.DueDate, "ix_agreements_to_remind").HasDatabaseName("ix_agreements_to_remind")
            .HasFilter("status = 'Open' AND responsible_user_id IS NOT NULL AND overdue_reminded_at IS NULL");
    }
}
