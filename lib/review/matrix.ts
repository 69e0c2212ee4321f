/**
 * `matrix`: regions × vendors (optionally × products) with each cell's
 * posture, marking carve-outs and exceptions. Markdown, JSON, or one
 * self-contained HTML page (inline CSS, no scripts, no external assets).
 * Deterministic: the same policies give byte-identical output.
 *
 * Pure: no cdktf, no file system.
 */
import { createHash } from 'node:crypto';
import type { PolicySet, ResolvedRegion } from '../model/types';

export interface MatrixCell {
  /** block / audit / allow, or "mixed" for a vendor whose products differ. */
  readonly posture: string;
  /** Per-product postures when mixed, e.g. { api: 'allow', 'chat-web': 'audit' }. */
  readonly products?: Readonly<Record<string, string>>;
  readonly carveOut: boolean;
  /** Exception ids that apply (region-wide or CIDR-scoped). */
  readonly exceptions: readonly string[];
  readonly exceptionScope?: 'region' | 'cidrs';
}

export interface MatrixColumn {
  readonly vendorId: string;
  readonly vendorName: string;
  /** Set for product columns. */
  readonly productId?: string;
  readonly productName?: string;
}

export interface MatrixRow {
  readonly region: string;
  readonly file: string;
  readonly defaultPosture: string;
  readonly cells: readonly MatrixCell[];
}

export interface Matrix {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
  /** What the matrix was generated from. */
  readonly inputs: { readonly regions: readonly { readonly file: string; readonly sha256: string }[]; readonly catalogVendors: number; readonly catalogSha256: string; readonly products: boolean };
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

function cellFor(region: ResolvedRegion, vendorId: string, productId?: string): MatrixCell {
  const products = region.products.filter((p) => p.vendorId === vendorId && (!productId || p.productId === productId));
  const hosts = region.hosts.filter((h) => h.vendorId === vendorId && (!productId || h.productId === productId));
  const postures = [...new Set(products.map((p) => p.posture))];
  const exceptions = [...new Set(products.map((p) => p.exceptionId).filter((x): x is string => Boolean(x)))].sort();
  const cidrScoped = products.some((p) => p.exceptionCidrs);
  return {
    posture: postures.length === 1 ? postures[0] : 'mixed',
    ...(postures.length > 1 ? { products: Object.fromEntries(products.map((p) => [p.productId, p.posture])) } : {}),
    carveOut: hosts.some((h) => h.carveOut),
    exceptions,
    ...(exceptions.length ? { exceptionScope: cidrScoped ? ('cidrs' as const) : ('region' as const) } : {}),
  };
}

export function buildMatrix(set: PolicySet, withProducts: boolean): Matrix {
  const columns: MatrixColumn[] = set.catalog.vendors.flatMap((v) =>
    withProducts ? v.products.map((p) => ({ vendorId: v.id, vendorName: v.name, productId: p.id, productName: p.name })) : [{ vendorId: v.id, vendorName: v.name }],
  );
  const rows = set.regions.map((r) => ({
    region: r.policy.region,
    file: r.file,
    defaultPosture: r.policy.defaultPosture,
    cells: columns.map((c) => cellFor(r, c.vendorId, c.productId)),
  }));
  return {
    columns,
    rows,
    inputs: {
      regions: set.regions.map((r) => ({ file: r.file, sha256: sha(r.policy) })),
      catalogVendors: set.catalog.vendors.length,
      catalogSha256: sha(set.catalog.vendors),
      products: withProducts,
    },
  };
}

/** Short text of a cell: posture plus markers († carve-out, ‡ exception). */
export function cellText(cell: MatrixCell): string {
  let text = cell.posture;
  if (cell.products) text = `mixed (${Object.entries(cell.products).map(([p, v]) => `${p}: ${v}`).join(', ')})`;
  return `${text}${cell.carveOut ? ' †' : ''}${cell.exceptions.length ? ' ‡' : ''}`;
}

const columnLabel = (c: MatrixColumn) => (c.productId ? `${c.vendorName} / ${c.productName}` : c.vendorName);

export const LEGEND: readonly [string, string][] = [
  ['block', 'blocked at DNS (NXDOMAIN / override) and dropped by the network firewall'],
  ['audit', 'resolved and passed, but logged and alerted'],
  ['allow', 'not restricted'],
  ['mixed', "the vendor's products differ (listed in the cell)"],
  ['†', 'carve-out: an allowed host inside a blocked or audited pattern'],
  ['‡', 'exception: allowed by a time-limited exception (region-wide, or only for some client CIDRs)'],
];

export function renderMatrixMarkdown(m: Matrix): string {
  const out: string[] = [];
  out.push('## ai-perimeter posture matrix', '');
  out.push(`| Region | Default | ${m.columns.map(columnLabel).join(' | ')} |`);
  out.push(`| --- | --- | ${m.columns.map(() => '---').join(' | ')} |`);
  for (const r of m.rows) out.push(`| ${r.region} | ${r.defaultPosture} | ${r.cells.map(cellText).join(' | ')} |`);
  out.push('', 'Legend: ' + LEGEND.map(([k, v]) => `**${k}** ${v}`).join('; ') + '.', '');
  out.push(`Inputs: ${m.inputs.regions.map((r) => `${r.file} (${r.sha256})`).join(', ')}; catalog of ${m.inputs.catalogVendors} vendors (${m.inputs.catalogSha256}).`);
  return `${out.join('\n')}\n`;
}

export function renderMatrixJson(m: Matrix): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderMatrixHtml(m: Matrix): string {
  const head = m.columns
    .map((c) => `<th scope="col" data-vendor="${esc(c.vendorId)}"${c.productId ? ` data-product="${esc(c.productId)}"` : ''}><span>${esc(columnLabel(c))}</span></th>`)
    .join('');
  const body = m.rows
    .map((r) => {
      const cells = r.cells
        .map((cell, i) => {
          const c = m.columns[i];
          const title = [`${r.region} · ${columnLabel(c)}: ${cellText(cell)}`, ...(cell.exceptions.length ? [`exception ${cell.exceptions.join(', ')} (${cell.exceptionScope === 'cidrs' ? 'some client CIDRs' : 'region-wide'})`] : [])].join('; ');
          return `<td class="p-${esc(cell.posture)}" data-vendor="${esc(c.vendorId)}"${c.productId ? ` data-product="${esc(c.productId)}"` : ''} data-posture="${esc(cell.posture)}" title="${esc(title)}">${esc(cellText(cell))}</td>`;
        })
        .join('');
      return `<tr data-region="${esc(r.region)}"><th scope="row">${esc(r.region)}</th><td class="p-${esc(r.defaultPosture)} default" data-posture="${esc(r.defaultPosture)}">${esc(r.defaultPosture)}</td>${cells}</tr>`;
    })
    .join('\n');
  const legend = LEGEND.map(([k, v]) => `<li><span class="key ${['block', 'audit', 'allow', 'mixed'].includes(k) ? `p-${k}` : ''}">${esc(k)}</span> ${esc(v)}</li>`).join('');
  const inputs = m.inputs.regions.map((r) => `<li><code>${esc(r.file)}</code> <small>sha256 ${esc(r.sha256)}</small></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ai-perimeter posture matrix</title>
<style>
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem; color: #1b1f23; background: #fff; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
.wrap { overflow-x: auto; border: 1px solid #d0d7de; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: .25rem .45rem; text-align: center; white-space: nowrap; }
thead th { background: #f6f8fa; vertical-align: bottom; font-weight: 600; }
thead th span { writing-mode: vertical-rl; transform: rotate(180deg); display: inline-block; max-height: 14rem; }
tbody th { background: #f6f8fa; text-align: left; position: sticky; left: 0; }
.p-block { background: #ffd7d5; color: #82071e; }
.p-audit { background: #fff1c2; color: #7d4e00; }
.p-allow { background: #d2f4d3; color: #0f5323; }
.p-mixed { background: #e7e3ff; color: #3b2883; white-space: normal; min-width: 8rem; }
ul { padding-left: 1.2rem; }
.key { display: inline-block; min-width: 3.5rem; text-align: center; border: 1px solid #d0d7de; padding: 0 .3rem; margin-right: .3rem; }
footer { margin-top: 1rem; color: #57606a; }
</style>
</head>
<body>
<h1>ai-perimeter posture matrix</h1>
<p>Posture of each public AI ${m.inputs.products ? 'product' : 'vendor'} (columns) in each region (rows).</p>
<div class="wrap"><table>
<thead><tr><th scope="col">Region</th><th scope="col"><span>Default posture</span></th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
<h2>Legend</h2>
<ul class="legend">${legend}</ul>
<footer>
<h2>Generated from</h2>
<ul>${inputs}<li>catalog: ${m.inputs.catalogVendors} vendors <small>sha256 ${esc(m.inputs.catalogSha256)}</small></li></ul>
</footer>
</body>
</html>
`;
}
