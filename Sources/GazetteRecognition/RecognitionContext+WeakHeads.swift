import GazetteLexicon

extension RecognitionContext {
    /// Whether token `index` alone is a weak enterprise head word (`strength=weak` in
    /// `enterprise-heads.tsv`: "Systems", "Group", "Company"): a word that ends many company
    /// names but that writers drop on a second mention ("Berezina Drive Systems" … "Berezina
    /// Drive").
    func isWeakEnterpriseHead(at index: Int) -> Bool {
        guard let (length, match) = longestMatch(.enterpriseHead, at: index, limit: index + 1), length == 1 else { return false }
        return lexicons.entryTraits[Int(match.entryIndex)].isWeak
    }
}
