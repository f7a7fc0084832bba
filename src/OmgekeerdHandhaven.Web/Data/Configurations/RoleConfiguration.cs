using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data.Configurations;

/// <summary>The four roles are fixed by the product, so they ship with the schema: a fresh install needs no seeding to assign them.</summary>
public sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    private static readonly (string Name, Guid Id, string Stamp)[] FixedRoles =
    [
        (Roles.Handhaver, new Guid("6f1c2a52-7d1e-4c25-9a5e-1b7a3e2c0001"), "a3b1c0de-0001-4000-8000-000000000001"),
        (Roles.Consulent, new Guid("6f1c2a52-7d1e-4c25-9a5e-1b7a3e2c0002"), "a3b1c0de-0002-4000-8000-000000000002"),
        (Roles.Beslisser, new Guid("6f1c2a52-7d1e-4c25-9a5e-1b7a3e2c0003"), "a3b1c0de-0003-4000-8000-000000000003"),
        (Roles.Beheerder, new Guid("6f1c2a52-7d1e-4c25-9a5e-1b7a3e2c0004"), "a3b1c0de-0004-4000-8000-000000000004"),
    ];

    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(FixedRoles.Select(r => new IdentityRole<Guid>
        {
            Id = r.Id,
            Name = r.Name,
            NormalizedName = r.Name.ToUpperInvariant(),
            ConcurrencyStamp = r.Stamp,
        }));
}
