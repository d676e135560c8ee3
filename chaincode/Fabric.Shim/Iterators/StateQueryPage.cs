namespace Fabric.Shim.Iterators;

/// <summary>One page of a paginated range, partial composite key or rich query: its records and its metadata.</summary>
public sealed record StateQueryPage(StateQueryIterator Iterator, QueryPageMetadata Metadata);
