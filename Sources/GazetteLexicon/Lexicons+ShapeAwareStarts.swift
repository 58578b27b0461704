import GazetteText

/// Phrase starts that take the first token's capitals into account: "the" starts the
/// region "The Hague" only when written "The", and "MAZ" starts the enterprise MAZ only in
/// capitals. Rules test these bits before a longest-match walk, which would find nothing
/// where the first token's shape rules out every phrase starting with its word.
extension Lexicons {
    /// The shape class of a token (0-3): bit 0 capitalised, bit 1 all caps, as in
    /// `TokenShape` (`.capitalized` and `.allUppercase` are its two lowest bits).
    @inlinable
    public static func shapeClass(of token: Token) -> Int { Int(token.shape.rawValue & 3) }

    /// For each vocabulary id, four groups of 16 bits, one per `shapeClass` (group `c` at bits
    /// `16 * c`): the kinds (`LexiconKind.phraseBit`) with a phrase starting with that word
    /// whose first word a token of that shape satisfies (`PhraseMatch.capitalizationMask`
    /// and `allCapsMask`, bit 0). Ids outside it (unknown words) start none.
    public var phraseStartKindsByWordAndShape: [UInt64] { firstWordKindsByShape }

    /// The kinds a token of word `id` and `shapeClass` `shape` may start a phrase of.
    @inlinable
    public static func startKinds(_ byWordAndShape: [UInt64], word id: Int32, shape: Int) -> UInt16 {
        guard id >= 0, Int(id) < byWordAndShape.count else { return 0 }
        return UInt16(truncatingIfNeeded: byWordAndShape[Int(id)] >> UInt64(16 * shape))
    }

    /// Credits `match`, a phrase of `kind` starting with word `first`, to the shape classes
    /// its first word accepts, growing `byShape` to reach `first`.
    static func addFirstWord(_ first: Int32, of kind: LexiconKind, match: PhraseMatch, to byShape: inout [UInt64]) {
        guard first >= 0 else { return }
        if Int(first) >= byShape.count { byShape += repeatElement(0, count: Int(first) + 1 - byShape.count) }
        let shapes = acceptedShapes(match)
        for shape in 0..<4 where shapes & (1 << UInt8(shape)) != 0 {
            byShape[Int(first)] |= UInt64(kind.phraseBit) << UInt64(16 * shape)
        }
    }

    /// The shape classes whose first token satisfies `match`'s first word, a bit per class.
    private static func acceptedShapes(_ match: PhraseMatch) -> UInt8 {
        var shapes: UInt8 = 0
        for shape in 0..<4 {
            let capitalized = shape & 1 != 0, allCaps = shape & 2 != 0
            if (match.capitalizationMask & 1 == 0 || capitalized) && (match.allCapsMask & 1 == 0 || allCaps) {
                shapes |= 1 << UInt8(shape)
            }
        }
        return shapes
    }
}
