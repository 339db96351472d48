/**
 * The HTML report's fixed parts: its one stylesheet, its one script, and the
 * Content-Security-Policy that allows exactly those two (by hash) and nothing
 * else — no network, no other script, no style attribute, no form, no base.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './html-escape.js';

const RED = '#c62828';
const AMBER = '#b26a00';
const GREEN = '#2e7d32';

export const STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif;color:#1d1d1f;background:#f4f4f1}
body{margin:0}
a{color:#0b57a4}
code{font:0.9em/1.3 ui-monospace,"DejaVu Sans Mono",monospace;background:#eef0f2;padding:0 3px;border-radius:3px}
h1,h2,h3,h4{line-height:1.25;margin:0}
header.run{background:#fff;border-bottom:1px solid #d9d9d4;padding:14px 24px 12px}
header.run h1{font-size:1.35rem}
.stats{display:flex;flex-wrap:wrap;gap:6px 18px;margin:6px 0 8px;padding:0;list-style:none}
.stats b{font-size:1.05rem}
.stats .refuted b{color:${RED}}.stats .unverifiable b{color:${AMBER}}.stats .supported b{color:${GREEN}}
.stats .hash{color:#555;font-size:.85rem;align-self:center;margin-left:auto}
table.index{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:6px}
table.index th,table.index td{text-align:left;padding:3px 8px;border-bottom:1px solid #e6e6e1;vertical-align:top}
table.index th{font-weight:600;color:#444;background:#fafaf8}
table.index td.n{text-align:right;white-space:nowrap}
table.index td.n.bad{color:${RED};font-weight:700}
.path{font:0.82rem/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:#555;overflow-wrap:anywhere}
ul.problems{margin:6px 0;padding-left:20px;color:${RED}}
ul.problems .warning{color:${AMBER}}
main{padding:0 24px 40px}
section.article{background:#fff;border:1px solid #d9d9d4;border-radius:8px;margin:18px 0;padding:14px 18px;scroll-margin-top:8px}
section.article>h2{font-size:1.2rem}
.meta{margin:4px 0 10px;color:#444;font-size:.88rem}
.legend-row{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.82rem;color:#444;margin:0 0 8px}
.grid{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:18px;align-items:start}
@media (max-width:980px){.grid{grid-template-columns:minmax(0,1fr)}}
.text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:36rem;overflow:auto;border:1px solid #e2e2dc;border-radius:6px;padding:10px 14px;margin:0;font:15px/1.6 Georgia,"DejaVu Serif","Liberation Serif",serif;background:#fdfdfb;position:sticky;top:8px}
a.hl{color:inherit;text-decoration-line:underline;text-underline-offset:3px;border-radius:2px;scroll-margin:40px}
a.hl.refuted{background:#fde2e0;text-decoration:underline wavy ${RED} 1.5px}
a.hl.refuted::after{content:"\\2716";font:700 .62em/1 system-ui,sans-serif;vertical-align:super;color:${RED};margin-left:1px}
a.hl.unverifiable{background:#fff1d1;text-decoration:underline dashed ${AMBER} 2px}
a.hl.unverifiable::after{content:"?";font:700 .7em/1 system-ui,sans-serif;vertical-align:super;color:${AMBER};margin-left:1px}
a.hl.supported{background:#e5f3e6;text-decoration:underline solid ${GREEN} 1px}
a.hl:focus,a.hl:target{outline:2px solid #1565c0;outline-offset:1px}
.key{white-space:nowrap;font-weight:600}
.key.refuted{color:${RED}}.key.unverifiable{color:${AMBER}}.key.supported{color:${GREEN}}
.side h3{font-size:1rem;margin:0 0 8px}
.panel{border:1px solid #eec5c2;border-left:5px solid ${RED};border-radius:6px;padding:8px 12px;margin:0 0 12px;background:#fffafa;scroll-margin-top:12px}
.panel:target,.panel:focus,.finding:target,.finding:focus{outline:3px solid #1565c0;outline-offset:2px}
.panel .says{margin:0 0 4px;font-size:.92rem}
.panel .says q{font:italic 1rem/1.4 Georgia,"DejaVu Serif",serif;background:#fde2e0;padding:0 3px}
.finding{border-top:1px dashed #eec5c2;padding-top:6px;margin-top:6px}
.finding:first-of-type{border-top:0;margin-top:0}
.finding .rule{font:600 .8rem/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:${RED}}
.finding p{margin:3px 0}
.finding.suppressed{opacity:.75}
.finding .waived{font-style:italic;color:#555}
.suggest{background:#e5f3e6;border-radius:4px;padding:1px 6px;display:inline-block}
.evidence{margin:4px 0 0;padding-left:18px;font-size:.86rem}
.evidence li{margin:2px 0}
.evidence blockquote{margin:2px 0 2px 4px;padding-left:8px;border-left:3px solid #ccc;color:#444;font-style:italic}
.src{color:#666;font-size:.8rem}
details.more>summary{cursor:pointer;color:#0b57a4;font-size:.85rem}
.compact{font-size:.84rem;margin:10px 0 0}
.compact>summary{cursor:pointer;font-weight:600}
.compact ul{margin:4px 0;padding-left:18px;max-height:22rem;overflow:auto}
.compact li{margin:1px 0}
.compact li:target,.compact li:focus{outline:2px solid #1565c0;background:#eef5fd}
.compact .w{font-style:italic}
.compact.supported>summary{color:${GREEN}}.compact.unverifiable>summary{color:${AMBER}}
.none{color:#555;font-size:.9rem}
figure.timeline{margin:16px 0 0;border-top:1px solid #e6e6e1;padding-top:10px}
figure.timeline h4{font-size:.98rem;margin-bottom:6px}
.charts{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px}
@media (max-width:980px){.charts{grid-template-columns:minmax(0,1fr)}}
svg.chart{width:100%;height:auto;max-width:760px;background:#fff;border:1px solid #ecece8;border-radius:4px}
svg .tick{font:11px system-ui,"DejaVu Sans",sans-serif;fill:#444}
svg .axis{font:600 11px system-ui,"DejaVu Sans",sans-serif;fill:#333}
svg .legend{font:11px system-ui,"DejaVu Sans",sans-serif;fill:#333}
svg .step{font:10px system-ui,"DejaVu Sans",sans-serif;fill:#666}
svg .claim{font:600 11.5px system-ui,"DejaVu Sans",sans-serif;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
svg a.mark:focus{outline:none}
svg a.mark:focus circle,svg a.mark:focus path{stroke-width:3.5}
figcaption{font-size:.8rem;color:#555;margin-top:4px}
.note{font-size:.86rem;color:#555;margin:4px 0}
footer{color:#666;font-size:.8rem;padding:0 24px 24px}
`.trim();

/**
 * Click-to-focus: after following an in-page link (a highlight to its panel,
 * a panel back to the text, a chart mark to its words), move the keyboard
 * focus there too, so the target is outlined and Tab continues from it.
 */
export const SCRIPT = `document.addEventListener('click',function(e){var a=e.target instanceof Element?e.target.closest('a[href^="#"]'):null;if(!a)return;var t=document.getElementById(a.getAttribute('href').slice(1));if(!t)return;if(!t.hasAttribute('tabindex')&&!t.matches('a[href]'))t.setAttribute('tabindex','-1');setTimeout(function(){t.focus({preventScroll:true})},0)});`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * A whole self-contained page: the CSP, the stylesheet and the one script
 * every ledgerlint page shares, around the body's parts. `title` is escaped
 * here; the parts are HTML already.
 */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
