using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.DilemmaNumber).HasMaxLength(12);
        builder.Property(n => n.Path).HasMaxLength(Notification.PathMaxLength);
        builder.Property(n => n.Text).HasMaxLength(300);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });

        // "Wacht op een besluit" is removed by dilemma number when the dilemma is decided, returned or withdrawn.
        builder.HasIndex(n => new { n.MunicipalityId, n.DilemmaNumber, n.Kind });
    }
}
