extension Folding {
    /// Folds a text token whose units are all ASCII (most tokens) and computes its shape,
    /// in one pass; nil, with nothing to use, when a unit is not ASCII (the caller then takes
    /// the general path: `TokenBuilder.shape(of:)` and `fold(_:transliterating:)`).
    ///
    /// The result is the general path's: capitalised tokens get the name folds.
    mutating func foldASCIIToken(_ units: UnsafeBufferPointer<UInt16>) -> TokenShape? {
        let count = units.count
        if storage.count < count { storage = [UInt8](repeating: 0, count: max(count, 2 * storage.count)) }
        var uppercase = 0, lowercase = 0, digits = 0
        var allUnits: UInt16 = 0
        // Branch-free: every unit is folded as if ASCII, and the OR of all units says
        // afterwards whether that was right.
        storage.withUnsafeMutableBufferPointer { output in
            guard let source = units.baseAddress, let target = output.baseAddress else { return }
            for index in 0..<count {
                let unit = source[index]
                allUnits |= unit
                let byte = UInt8(truncatingIfNeeded: unit)
                let isUpper = byte &- 0x41 < 26
                uppercase &+= isUpper ? 1 : 0
                lowercase &+= byte &- 0x61 < 26 ? 1 : 0
                digits &+= byte &- 0x30 < 10 ? 1 : 0
                target[index] = isUpper ? byte | 0x20 : byte
            }
        }
        guard allUnits < 0x80 else { return nil }
        let letters = uppercase + lowercase, hasDigit = digits > 0
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
