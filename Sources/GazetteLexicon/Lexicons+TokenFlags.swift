extension Lexicons {
    /// `isRegionTypeWord` of every id of `wordIDs`, in one call.
    public func regionTypeWordFlags(_ wordIDs: [Int32]) -> [Bool] {
        let flags = isRegionTypeWordID
        return [Bool](unsafeUninitializedCapacity: wordIDs.count) { output, initialized in
            for index in wordIDs.indices {
                let id = Int(wordIDs[index])
                output[index] = id >= 0 && id < flags.count && flags[id]
            }
            initialized = wordIDs.count
        }
    }
}
