/// The inline style sheet of Gazette's HTML page: system fonts only, nothing fetched.
///
/// Each entity type has a light background tint (text on it at least 13:1), a darker
/// border and label colour (at least 6:1 on the tint), an underline pattern of its own
/// (PERSON solid, REGION double, ENTERPRISE dashed, PRODUCT dotted) and a short text label
/// (PER, REG, ENT, PROD) added after each mention by CSS, so colour is never the only cue.
enum HTMLPageStyle {
    /// Short labels shown after mentions, per type.
    static let labels: [EntityType: String] = [.person: "PER", .region: "REG", .enterprise: "ENT", .product: "PROD"]

    /// The underline pattern of each type, as the legend describes it.
    static let patterns: [EntityType: String] = [
        .person: "solid underline", .region: "double underline", .enterprise: "dashed underline", .product: "dotted underline",
    ]

    static let css = """
        :root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c8c8c8;--hot:#fff3b0;
        --person-bg:#fde0c5;--person:#8a3b00;--region-bg:#d6e9fb;--region:#0b4f8a;
        --enterprise-bg:#d3f0dc;--enterprise:#17603a;--product-bg:#efdcf7;--product:#6a2d8c}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",sans-serif;color:var(--ink);background:#fff}
        .page-head{padding:.8rem 2rem;border-bottom:1px solid var(--rule);background:#f4f4f4}
        .page-head h1{font-size:1.35rem;margin:0;overflow-wrap:anywhere}
        .page-head p{margin:.2rem 0 0;color:var(--muted)}
        main{padding:0 2rem 2rem;max-width:96rem;margin:0 auto}
        .overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(19rem,1fr));gap:1rem 2.5rem;margin:1rem 0 .5rem}
        .overview h2{font-size:1.05rem;margin:.2rem 0 .5rem}
        .legend ul{list-style:none;padding:0;margin:0}.legend li{margin:.2rem 0 .55rem}
        .legend .how{color:var(--muted);font-size:.88rem}
        table{border-collapse:collapse;margin:0 0 .8rem;min-width:15rem}
        caption{text-align:left;font-weight:600;padding-bottom:.2rem}
        th,td{padding:.12rem .6rem;border-bottom:1px solid #e2e2e2;text-align:left}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        tfoot td,tfoot th{font-weight:700;border-top:1px solid var(--muted)}
        .failures{color:#8b0000}
        .toc ol{max-height:15rem;overflow:auto;margin:0;padding-left:2.2rem}
        .toc a{color:#0b4f8a;overflow-wrap:anywhere}
        .toc .meta,.meta{color:var(--muted);font-size:.88rem}
        .doc{border-top:2px solid var(--rule);padding:1rem 0 1.5rem}
        .doc-head h2{font-size:1.15rem;margin:0;overflow-wrap:anywhere}
        .doc-head .meta{margin:.1rem 0 .3rem}
        .doc-body{display:grid;grid-template-columns:minmax(0,3fr) minmax(17rem,1.25fr);gap:2rem;align-items:start}
        @media (max-width:62rem){.doc-body{grid-template-columns:minmax(0,1fr)}}
        .textbox{position:relative;padding-top:1.3rem}
        .text{white-space:pre-wrap;line-height:2.7;overflow-wrap:anywhere}
        svg.arcs{position:absolute;left:0;top:0;width:100%;height:100%;overflow:visible;pointer-events:none}
        .arcs path.arc{fill:none;stroke:#3d3d3d;stroke-width:1.3;opacity:.75}
        .arcs path.head{fill:#3d3d3d}
        .arcs text{font:10px/1 system-ui,"DejaVu Sans",sans-serif;fill:#1f1f1f;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
        .arcs g.cross path.arc{opacity:.4}.arcs g.cross text{display:none}
        .arcs.focus g{opacity:.12}.arcs.focus g.hot{opacity:1}.arcs g.cross.hot text{display:inline}
        .arcs g.hot path.arc{stroke:#000;stroke-width:2.6;opacity:1}
        .arcs g.hot text{font-weight:700;font-size:11px}
        .m,.arg{color:inherit;padding:.08em .16em;border-radius:.2em;border-bottom:3px solid;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .m::after,.arg::after{font-size:.6em;font-weight:700;letter-spacing:.03em;margin-left:.3em;vertical-align:.45em;line-height:0}
        .t-person{background:var(--person-bg);border-color:var(--person)}.t-person::after{content:"PER";color:var(--person)}
        .t-region{background:var(--region-bg);border-color:var(--region);border-bottom-style:double;border-bottom-width:4px}.t-region::after{content:"REG";color:var(--region)}
        .t-enterprise{background:var(--enterprise-bg);border-color:var(--enterprise);border-bottom-style:dashed}.t-enterprise::after{content:"ENT";color:var(--enterprise)}
        .t-product{background:var(--product-bg);border-color:var(--product);border-bottom-style:dotted}.t-product::after{content:"PROD";color:var(--product)}
        .m.hot{outline:3px solid #000;outline-offset:1px}
        .trg{text-decoration:underline dotted #555;text-underline-offset:.25em}
        .trg.hot{background:var(--hot);outline:2px dashed #000}
        .rels{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
        .rels h3{font-size:1rem;margin:0 0 .4rem}
        .rels ol{margin:0;padding-left:1.9rem}
        .rels li{padding:.2rem .35rem;margin:.1rem 0;border-radius:.25rem;line-height:1.9}
        .rels li:hover,.rels li:focus,.rels li.hot{background:var(--hot);outline:2px solid #000}
        .rt{font:700 .85em ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace}
        .prov{color:var(--muted);font-size:.85em}
        .none{color:var(--muted)}
        @media print{.rels{position:static;max-height:none}}
        """
}
