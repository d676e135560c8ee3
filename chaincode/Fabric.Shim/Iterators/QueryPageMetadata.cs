namespace Fabric.Shim.Iterators;

/// <summary>
/// The outcome of a paginated query: how many records the page holds and the bookmark to pass for the
/// next page (empty when the range is exhausted).
/// </summary>
public sealed record QueryPageMetadata(int FetchedRecordsCount, string Bookmark);
