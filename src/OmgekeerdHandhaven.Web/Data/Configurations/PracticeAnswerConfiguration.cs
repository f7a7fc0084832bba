using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class PracticeAnswerConfiguration : IEntityTypeConfiguration<PracticeAnswer>
{
    public void Configure(EntityTypeBuilder<PracticeAnswer> builder)
    {
        builder.Property(a => a.Approach).HasMaxLength(PracticeAnswer.ApproachMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dilemma>().WithMany().HasForeignKey(a => a.DilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PracticeSet>().WithMany().HasForeignKey(a => a.PracticeSetId).OnDelete(DeleteBehavior.SetNull);

        // "Mijn antwoorden": a learner's own, newest first.
        builder.HasIndex(a => new { a.UserId, a.CreatedAt });
    }
}
