using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength).IsRequired();
        builder.Property(m => m.Code).HasMaxLength(6).IsRequired();
        builder.HasIndex(m => m.Code).IsUnique();
        // Existing gemeenten get the requirement too: the default of the column is the product's default.
        builder.Property(m => m.SecondFactorRequired).HasDefaultValue(true).ValueGeneratedNever();
        // Columns of the gemeente's row; existing gemeenten get the defaults.
        builder.OwnsOne(m => m.Retention, retention =>
        {
            retention.Property(r => r.ReadNotificationsDays).HasDefaultValue(RetentionTerms.DefaultReadNotificationsDays).ValueGeneratedNever();
            retention.Property(r => r.ExportFilesDays).HasDefaultValue(RetentionTerms.DefaultExportFilesDays).ValueGeneratedNever();
            retention.Property(r => r.SentMailDays).HasDefaultValue(RetentionTerms.DefaultSentMailDays).ValueGeneratedNever();
            retention.Property(r => r.DeactivatedAccountsMonths).HasDefaultValue(RetentionTerms.DefaultDeactivatedAccountsMonths).ValueGeneratedNever();
            retention.Property(r => r.AuditLogYears).HasDefaultValue(RetentionTerms.DefaultAuditLogYears).ValueGeneratedNever();
        });
        builder.Navigation(m => m.Retention).IsRequired();
    }
}
