namespace Fabric.Protos.Tests.Interop;

/// <summary>What the official Node bindings made of one .NET-encoded catalogue entry.</summary>
/// <param name="Bytes">Base64 of Node re-encoding what it decoded; unknown fields are dropped.</param>
/// <param name="Decoded">JSON of <c>toObject()</c> of what Node decoded.</param>
/// <param name="Expected">JSON of <c>toObject()</c> of Node's own catalogue entry.</param>
/// <param name="Error">Set when Node has no catalogue entry of that name.</param>
public sealed record NodeDecoding(string? Bytes, string? Decoded, string? Expected, string? Error);
