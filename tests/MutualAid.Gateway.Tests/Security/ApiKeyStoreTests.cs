using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Tests.Security;

/// <summary>The key file format: files from before key ids and revocation still load, and revoked keys never match.</summary>
public sealed class ApiKeyStoreTests
{
    [Test]
    public void Load_FileWithoutKeyIds_DerivesStableIdsAndKeepsKeysActive()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mutualaid-keys-").FullName, "api-keys.json");
        try
        {
            var key = ApiKeyStore.NewKey();
            File.WriteAllText(path, $$"""
                {"keys":[{"sha256":"{{ApiKeyStore.Hash(key)}}","mspId":"NgoMSP","identity":"User1@ngo.example.com","createdAt":"2026-01-01T00:00:00+00:00"}]}
                """);

            var first = ApiKeyStore.Load(path);
            var second = ApiKeyStore.Load(path);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(first.Entries.Single().KeyId, Is.EqualTo("key_" + ApiKeyStore.Hash(key)[..12]));
                Assert.That(second.Entries.Single().KeyId, Is.EqualTo(first.Entries.Single().KeyId));
                Assert.That(first.Find(key)?.Identity, Is.EqualTo("User1@ngo.example.com"));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Test]
    public void Find_RevokedKey_ReturnsNull()
    {
        var key = ApiKeyStore.NewKey();
        var entry = ApiKeyStore.NewEntry(key, "NgoMSP", "User1@ngo.example.com", DateTimeOffset.UnixEpoch);

        var store = ApiKeyStore.From([entry with { RevokedAt = DateTimeOffset.UnixEpoch.AddDays(1) }]);

        Assert.That(store.Find(key), Is.Null);
    }
}
