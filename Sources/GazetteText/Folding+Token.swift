extension Folding {
    /// Folds a text token whose units are all ASCII (most tokens) and computes its shape,
    /// in one pass; nil, with nothing to use, when a unit is not ASCII (the caller then takes
    /// the general path: `TokenBuilder.shape(of:)` and `fold(_:transliterating:)`).
    ///
    /// The result is the general path's: capitalised tokens get the name folds.
    mutating func foldASCIIToken(_ units: UnsafeBufferPointer<UInt16>) -> TokenShape? {
        let count = units.count
        if storage.count < count { storage = [UInt8](repeating: 0, count: max(count, 2 * storage.count)) }
        var letters = 0, lowercase = 0, hasDigit = false
        let isASCII = storage.withUnsafeMutableBufferPointer { output -> Bool in
            for index in 0..<count {
                let unit = units[index]
                guard unit < 0x80 else { return false }
                let byte = UInt8(truncatingIfNeeded: unit)
                if byte &- 0x41 < 26 {
                    letters += 1
                    output[index] = byte + 0x20
                } else {
                    output[index] = byte
                    if byte &- 0x61 < 26 {
                        letters += 1
                        lowercase += 1
                    } else if byte &- 0x30 < 10 {
                        hasDigit = true
                    }
                }
            }
            return true
        }
        guard isASCII else { return nil }
        length = count
        var shape = TokenShape()
        let isCapitalized = count > 0 && units[0] &- 0x41 < 26
        if isCapitalized { shape.insert(.capitalized) }
        if hasDigit { shape.insert(.hasDigit) }
        if letters > 0 { shape.insert(.hasLetter) }
        if letters >= 2, lowercase == 0 { shape.insert(.allUppercase) }
        if isCapitalized, lowercase > 0, count > 1 { transliterate() }
        return shape
    }
}
