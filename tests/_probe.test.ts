import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { claimsOf, verdictsOf, at } from './helpers.js';
const inputs: string[] = JSON.parse(readFileSync('/tmp/probe/in.json', 'utf8'));
it('probe', async () => {
  const out: string[] = [];
  for (const raw of inputs) {
    const [file, text] = raw.startsWith('@') ? [raw.slice(1, raw.indexOf('\n')), raw.slice(raw.indexOf('\n') + 1)] : ['a.txt', raw];
    try {
      const r = await verdictsOf(text, { file });
      out.push('### ' + JSON.stringify(text.slice(0, 300)));
      out.push('date ' + JSON.stringify(r.article?.date) + ' titleDate ' + JSON.stringify(r.article?.titleDate) + ' problems ' + JSON.stringify(r.problems));
      for (const c of r.claims) {
        const { sentence, span, ...rest } = c as any;
        out.push('  CLAIM ' + JSON.stringify(rest));
      }
      for (const v of r.verdicts) out.push(`  V ${v.claimId} ${v.ruleId} ${v.status} [${at(r.article!, v.span)}] ${v.message}`);
    } catch (e) { out.push('### ' + JSON.stringify(text.slice(0,200)) + '\n  ERROR ' + String(e).slice(0, 2000)); }
  }
  require('node:fs').writeFileSync('/tmp/probe/out.txt', out.join('\n'));
}, 120000);
