using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class DilemmaRevisionConfiguration : IEntityTypeConfiguration<DilemmaRevision>
{
    public void Configure(EntityTypeBuilder<DilemmaRevision> builder)
    {
        builder.HasIndex(r => new { r.DilemmaId, r.Number }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.EditedById).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.Changes, changes => changes.ToJson());
    }
}
