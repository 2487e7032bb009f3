// The HTML report's style sheet, inline so the file is self-contained: readable on screen, and on
// paper with page margins, table headers repeated, rows kept whole and each link's address printed.
export const HTML_STYLE = `
:root { color: #1d2733; font-family: "Noto Sans", "Segoe UI", system-ui, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
h1, h2, h3, h4 { color: #173f5f; line-height: 1.2; }
h1 { font-size: 2rem; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-bottom: 2px solid #c9d2dc; padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
.organization { font-size: 1.5rem; font-weight: bold; color: #173f5f; margin: 0 0 1rem; }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.3rem; }
.kicker, .muted, figcaption, .note { color: #56616e; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: bold; color: #173f5f; padding: 0.3rem 0; }
th, td { border-bottom: 1px solid #c9d2dc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e9eff5; }
tr.done td, tr.done th { color: #3d6b47; }
tr.done th::before { content: "✓ "; }
dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1rem; }
dl.facts dt { font-size: 0.85rem; color: #56616e; }
dl.facts dd { margin: 0; font-weight: bold; color: #173f5f; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
a { color: #20639b; overflow-wrap: anywhere; }
/* Links that stand alone (contents, resource addresses) are at least 24 px high, easy to tap. */
nav li a, td a, .skip { display: inline-block; min-height: 24px; line-height: 24px; }
nav ol { columns: 2; }
.essential { color: #a23b24; font-weight: bold; }
@media print {
  @page { margin: 2cm 1.8cm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, dl.facts { break-inside: avoid; }
  nav { break-after: page; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #56616e; }
}
`;
