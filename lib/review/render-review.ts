/**
 * Renders a Review as a GitHub-flavoured Markdown PR comment: headline,
 * loosening changes first, one collapsible section per changed region, then
 * Terraform resource changes per stack. Long lists are collapsed.
 */
import type { PolicyChange, Review } from './diff';
import { verdictWord } from './diff';

export const LIST_LIMIT = 20;

/** "a, b, c and 7 more" */
export function collapse(items: readonly string[], limit = LIST_LIMIT): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Host changes grouped by transition ("block → allow"), each group one line. */
function hostLines(changes: readonly PolicyChange[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of changes) {
    const t = `${c.before === undefined ? 'new' : verdictWord(c.before)} → ${c.after === undefined ? 'removed' : verdictWord(c.after)}`;
    if (!groups.has(t)) groups.set(t, []);
    groups.get(t)!.push(c.key);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([t, keys]) => `hosts ${t} (${keys.length}): ${collapse(keys.map(code))}`);
}

function changeLines(changes: readonly PolicyChange[], mark: boolean): string[] {
  const lines: string[] = [];
  const hosts = changes.filter((c) => c.area === 'host');
  for (const c of changes.filter((x) => x.area !== 'host')) lines.push(`${mark && c.loosening ? '⚠️ ' : ''}${c.text}`);
  if (hosts.length > 0) {
    const loose = hosts.filter((h) => h.loosening);
    const rest = hosts.filter((h) => !h.loosening);
    lines.push(...hostLines(loose).map((l) => `${mark ? '⚠️ ' : ''}${l}`), ...hostLines(rest));
  }
  return lines;
}

export function renderReviewMarkdown(review: Review): string {
  const h = review.headline;
  const out: string[] = [];
  out.push('## ai-perimeter policy review', '');
  out.push(`Comparing ${code(review.before)} → ${code(review.after)}.`, '');
  if (h.regionsChanged.length === 0 && review.resources.length === 0 && review.expiring.length === 0) {
    out.push('No policy or resource changes.');
    return `${out.join('\n')}\n`;
  }
  const bits = [
    `**${plural(h.regionsChanged.length, 'region')} changed**${h.regionsChanged.length ? ` (${h.regionsChanged.join(', ')})` : ''}`,
    `${plural(h.hostsNewlyBlocked, 'host')} newly blocked`,
    `${plural(h.hostsUnblocked, 'host')} unblocked`,
    `${plural(h.endpointChanges, 'endpoint / model allow-list change')}`,
    `exceptions: ${h.exceptionsAdded} added, ${h.exceptionsRemoved} removed, ${h.exceptionsExpiring} expiring within ${review.warningDays} days`,
  ];
  out.push(bits.join(' · '), '');

  const loosening = review.regions.flatMap((r) => changeLines(r.changes.filter((c) => c.loosening), false).map((l) => `- **${r.region}**: ${l}`));
  if (loosening.length > 0) {
    out.push(`### ⚠️ Loosening changes (${h.loosening})`, '');
    const shown = loosening.slice(0, LIST_LIMIT);
    out.push(...shown);
    if (loosening.length > shown.length) out.push(`- … and ${loosening.length - shown.length} more lines (see the regions below)`);
    out.push('');
  } else if (h.regionsChanged.length > 0) {
    out.push('No loosening changes: nothing is unblocked, widened or excepted.', '');
  }

  if (review.expiring.length > 0) {
    out.push(`### Exceptions expiring within ${review.warningDays} days`, '');
    for (const e of review.expiring) out.push(`- **${e.region}**: ${code(e.id)} expires ${e.expires} (${plural(e.daysLeft, 'day')} left): ${e.detail}`);
    out.push('');
  }

  if (review.regions.length > 0) {
    out.push('### Policy changes by region', '');
    for (const r of review.regions) {
      const n = r.changes.filter((c) => c.loosening).length;
      out.push(`<details><summary><b>${r.region}</b> (${r.status}${r.file ? `, ${r.file}` : ''}): ${plural(r.changes.length, 'change')}${n ? `, ${n} loosening` : ''}</summary>`, '');
      out.push(...changeLines(r.changes, true).map((l) => `- ${l}`));
      out.push('', '</details>', '');
    }
  }

  if (review.resources.length > 0) {
    out.push('### Terraform resource changes', '');
    out.push('| Stack | Add | Change | Destroy | From |', '| --- | ---: | ---: | ---: | --- |');
    for (const s of review.resources) out.push(`| ${s.stack} | ${s.add} | ${s.change} | ${s.destroy} | ${s.source === 'plan' ? 'terraform plan' : 'cdk.tf.json diff'} |`);
    out.push('');
    for (const s of review.resources) {
      if (s.resources.length === 0) continue;
      out.push(`<details><summary>${s.stack}: ${plural(s.resources.length, 'resource')}</summary>`, '');
      const byAction = new Map<string, string[]>();
      for (const r of s.resources) {
        if (!byAction.has(r.action)) byAction.set(r.action, []);
        byAction.get(r.action)!.push(r.address);
      }
      for (const action of ['add', 'change', 'replace', 'destroy']) {
        const list = byAction.get(action);
        if (list) out.push(`- ${action}: ${collapse(list.map(code))}`);
      }
      out.push('', '</details>', '');
    }
  }
  if (review.unsummarized.length > 0) out.push(`_Stacks without a policy summary (resource counts only): ${review.unsummarized.join(', ')}._`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderReviewJson(review: Review): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
