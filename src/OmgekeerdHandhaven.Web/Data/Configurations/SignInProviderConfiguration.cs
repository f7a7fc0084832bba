using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

public sealed class SignInProviderConfiguration : IEntityTypeConfiguration<SignInProvider>
{
    public void Configure(EntityTypeBuilder<SignInProvider> builder)
    {
        builder.Property(p => p.Authority).HasMaxLength(500).IsRequired();
        builder.Property(p => p.ClientId).HasMaxLength(SignInProvider.ClientIdMaxLength).IsRequired();
        builder.Property(p => p.ProtectedClientSecret).IsRequired();
        builder.Property(p => p.GroupsClaim).HasMaxLength(200).IsRequired();
        builder.Property(p => p.HandhaverGroups).HasColumnType("text[]");
        builder.Property(p => p.ConsulentGroups).HasColumnType("text[]");
        builder.Property(p => p.BeslisserGroups).HasColumnType("text[]");
        builder.Property(p => p.BeheerderGroups).HasColumnType("text[]");
        builder.Property(p => p.EmailDomains).HasColumnType("text[]");
        // xmin: a change on one app instance tells the others to rebuild their OpenID Connect options.
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.GroupsPerRole);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.MunicipalityId).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.BreakGlassUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
