using System.Security.Cryptography;
using System.Text;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>
/// A released version of a database function never changes: a migration that applied it may already have run in a
/// gemeente's database, and a fresh test database would get the edit while theirs never does. So every version that
/// a migration applies is listed here with its checksum; editing a file without raising its version fails.
/// </summary>
public sealed class SqlFilesTests
{
    private static readonly (string Name, int Version, string Sha256)[] Released =
    [
        ("audit_entries_append_only", 1, "c650c0cd54064ee4e864720b5fa4b36e3df10882cbff4a06f784240dda04969c"),
        ("audit_entries_append_only", 2, "8978574bdcca3d9c8bd6fa0c77982cad57f64c8d7fe52ba7294f0a5ce967c0ec"),
        ("dilemma_search_from_agreement", 1, "71b5f10c9a4333ba1d602dd271cb0c5bb78bb6fbff5cf27404e1e09a32e3e668"),
        ("dilemma_search_from_child", 1, "684eda52a95e9cfe459eef47f4dd49c636d978bc972305f3e1106c00d8273038"),
        ("dilemma_search_from_dilemma", 1, "70b05a90868da42753199d346d32a3aae323fd656d9c37781d158e2ef5921a2c"),
        ("dilemma_tsquery", 1, "02f26c096f304465a1e7046bfe88b30bba64058f0c2f9c54f361793beca7b0a3"),
        ("dilemma_tsquery", 2, "05d142e290c811f7954c6d7dc455663b5ea1b713505017b6085243d89416daa2"),
        ("dilemma_tsquery", 3, "3bfcbd5fa94ddc637e5fa06bde7ff1feb7ac6a749ae2124e6c10b59eae0be955"),
        ("note_dilemma_search", 1, "c2ff9e4d85587456ef9a3fdc7cf6f347862ab1b2e556db92d9986b7c69c6e2b8"),
        ("refresh_dilemma_search", 1, "b8800bcdbda773143973845bb678df87d137b13f594a836b60686f2c959309fb"),
        ("refresh_pending_dilemma_search", 1, "a48cfd8114103eba90362f21904f786d4bee6be64db01001a95ddb8ab203e726"),
        ("refresh_search_synonym_rules", 1, "4323e85c7f1c5593eb4af4c9b1811c34f1029f00d33f6d96ab7f671c294c680f"),
        ("search_bases", 1, "b2a2d41d16dee7cec92fcae4ddb0562becef37cccd8f4b0fc90405b24b9893d1"),
        ("search_expand", 1, "c598ba263f7e1a968f3923f490a6f5e21a7f01df0d9bb7858a0d1a0a62fbfec8"),
        ("search_expand", 2, "05f0e8e05ace2f0deec0b485f2744d11414b75756664ce4cb99feaa5bf23a720"),
        ("search_parts", 1, "936d255496c0f03a47c24f76cc06195be5be14a0149eacbf978fc2199e1d94d2"),
        ("search_segments", 1, "30dd69fb1fa234ecb01632f67a20823ebc186e55bec35abbd4eac746003038ca"),
        ("search_segments", 2, "76734417220b55d37b9297d96d8c7d79d263dca63a1d75824f2816a861f59b90"),
        ("search_segments", 3, "f24b3ec7948f83cda8471ae6342d87b67f2ca620ea15cf9584631a4a9c7a30a0"),
        ("search_split", 1, "1b39475c900fc06cb679e64fb676ac83662b491aa2e794cca786a75b648b6444"),
        ("search_split", 2, "2180c65d3e206ca949f5d7c1663dcf43d0351ce3302bfc47949403e8fbc5caa5"),
        ("search_synonym_rules_from_defaults", 1, "7c5c0b99c2c7066aa2c2209a1dbe298362d61006240de68880d68e91bee1a218"),
        ("search_synonym_rules_from_group", 1, "af89a82d73d3181fe02f8626feec8056c63ae384e4872da37c4690a10ad38512"),
    ];

    [Fact]
    public void EveryFile_IsAReleasedVersion_Unchanged()
    {
        Assert.NotEmpty(SqlFiles.Names);
        foreach (var name in SqlFiles.Names)
        {
            var (version, sql) = SqlFiles.Read(name);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            var released = Released.Where(r => r.Name == name && r.Version == version).Select(r => r.Sha256).SingleOrDefault();
            Assert.True(released == sha,
                released is null
                    ? $"Data/Sql/{name}.sql version {version} is new: add a migration that applies it (ApplySqlFile) and this line: (\"{name}\", {version}, \"{sha}\"),"
                    : $"Data/Sql/{name}.sql changed but still says version {version}: raise the version, add a migration that applies it, and list the new version here.");
        }
    }

    [Fact]
    public void AFile_IsTheSameText_WhateverTheLineEndings()
    {
        var (_, sql) = SqlFiles.Read(SqlFiles.Names[0]);
        var fromWindows = SqlFiles.Parse("test", sql.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(SqlFiles.Read(SqlFiles.Names[0]), fromWindows);
    }

    [Theory]
    [InlineData("CREATE FUNCTION f() …")]
    [InlineData("-- version one\nCREATE FUNCTION f() …")]
    public void AFileWithoutItsVersion_IsRefused(string text) =>
        Assert.Throws<InvalidOperationException>(() => SqlFiles.Parse("test", text));
}
