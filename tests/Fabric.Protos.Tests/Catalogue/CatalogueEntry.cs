using Google.Protobuf;

namespace Fabric.Protos.Tests.Catalogue;

/// <summary>One message of the wire catalogue, with the name the Node catalogue uses for it.</summary>
public sealed record CatalogueEntry(string Name, WireFamily Family, IMessage Message);
