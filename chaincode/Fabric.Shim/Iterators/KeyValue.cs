namespace Fabric.Shim.Iterators;

/// <summary>One record of a range or rich query: the chaincode namespace, the key and its value.</summary>
public sealed record KeyValue(string Namespace, string Key, ReadOnlyMemory<byte> Value);
