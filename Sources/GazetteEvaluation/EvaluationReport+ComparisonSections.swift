/// The sections that compare the run with something: a baseline run (what was fixed and
/// what broke) and the `--min-f1` thresholds.
extension EvaluationReport {
    func regressionSections() -> [ReportSection] {
        guard let regression else { return [] }
        let table = TextTable(
            header: ["figure", "baseline", "now", "change"],
            rows: HeadlineFigure.allCases.map { figure in
                let before = regression.baseline.f1(of: figure), now = corpus.f1(of: figure)
                let change = now - before
                return [figure.label, before.fourPlaces, now.fourPlaces, (change >= 0 ? "+" : "") + change.fourPlaces]
            })
        func items(_ changes: [RegressionChange]) -> [ReportSection.Item] {
            changes.map { ReportSection.Item("\($0.documentID) \($0.item.rawValue) \($0.kind.label): \($0.location) \($0.text)") }
        }
        return [
            ReportSection(title: "Against the baseline", table: table),
            ReportSection(title: "Fixed: \(regression.fixed.count)", items: items(regression.fixed)),
            ReportSection(title: "Broken: \(regression.broken.count)", items: items(regression.broken)),
        ]
    }

    func gateSections() -> [ReportSection] {
        guard !gateChecks.isEmpty else { return [] }
        let failed = gateChecks.filter { !$0.passed }.count
        return [ReportSection(
            title: failed == 0 ? "Gate: passed" : "Gate: FAILED (\(failed) of \(gateChecks.count) figures short)",
            items: gateChecks.map { ReportSection.Item("\($0.passed ? "pass" : "FAIL") \($0.message)") })]
    }
}
