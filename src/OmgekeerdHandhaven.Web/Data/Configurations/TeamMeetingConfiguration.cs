using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class TeamMeetingConfiguration : IEntityTypeConfiguration<TeamMeeting>
{
    public void Configure(EntityTypeBuilder<TeamMeeting> builder)
    {
        builder.Property(m => m.Team).HasMaxLength(TeamMeeting.TeamMaxLength);
        builder.Property(m => m.Notes).HasMaxLength(TeamMeeting.NotesMaxLength);
        builder.Property(m => m.AttendeeIds).HasColumnType("uuid[]");
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MunicipalityId, m.Date });
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.TeamMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Items).HasField("_items");
    }
}
