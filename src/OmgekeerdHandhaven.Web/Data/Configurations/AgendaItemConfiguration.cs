using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Reason).HasMaxLength(AgendaItem.ReasonMaxLength);
        builder.HasOne<Dilemma>().WithMany().HasForeignKey(i => i.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Decision>().WithMany().HasForeignKey(i => i.DecisionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.RecordedById).OnDelete(DeleteBehavior.Restrict);

        // A dilemma once per agenda; the dilemma page asks in which meetings it was discussed.
        builder.HasIndex(i => new { i.TeamMeetingId, i.DilemmaId }).IsUnique();
        builder.HasIndex(i => i.DilemmaId);
    }
}
