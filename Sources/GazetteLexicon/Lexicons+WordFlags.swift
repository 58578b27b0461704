extension Lexicons {
    /// For each vocabulary id, whether the word is a single-word region type word (ids
    /// outside it are not): `isRegionTypeWord(_:)` as an array, for per-token loops in
    /// other modules.
    public var regionTypeWordFlags: [Bool] { isRegionTypeWordID }
}
