/// Entry indices by id, for callers that keep per-entry tables of their own.
extension Lexicons {
    /// The index in `entries` of the entry with stable id `id`, if any.
    public func entryIndex(id: String) -> Int? { entryIndexByID.value(for: id).map { Int($0) } }
}
