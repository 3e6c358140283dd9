// Markdown report of a spec diff, grouped by class then location: readable in a terminal, a PR and a CHANGELOG.
import type { ChangeClass, SpecDiff } from './diff-specs.js';

const headings: Record<ChangeClass, string> = { breaking: 'Breaking', additive: 'Additive', docs: 'Docs only' };

export function formatDiffReport(diff: SpecDiff, title = 'API spec changes'): string {
  if (diff.changes.length === 0) return `${title}: no changes.\n`;
  const count = (cls: ChangeClass) => diff.changes.filter((c) => c.class === cls).length;
  const lines = [`${title}: ${count('breaking')} breaking, ${count('additive')} additive, ${count('docs')} docs-only (${diff.bump}).`];
  for (const cls of ['breaking', 'additive', 'docs'] as const) {
    const changes = diff.changes.filter((c) => c.class === cls);
    if (changes.length === 0) continue;
    lines.push('', `### ${headings[cls]}`, '');
    const byLocation = new Map<string, string[]>();
    for (const change of changes) byLocation.set(change.location, [...(byLocation.get(change.location) ?? []), change.message]);
    for (const location of [...byLocation.keys()].sort()) {
      for (const message of byLocation.get(location)!) lines.push(`- \`${location}\`: ${message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
