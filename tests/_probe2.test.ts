import { it } from 'vitest';
import { claimsOf, verdictsOf, at } from './helpers.js';
it('probe', async () => {
  const r = await verdictsOf('Vietnam has comprehensive strategic partnerships with 14 countries.', { asOf: { year: 2025, month: 11, day: 5 } });
  console.log(JSON.stringify(r.claims), r.verdicts.map(v => v.message));
  const r2 = await verdictsOf('Feb 27, 2025 / 21:17\nVietnam has comprehensive strategic partnerships with ten countries.', { asOf: { year: 2025, month: 11, day: 5 } });
  console.log(JSON.stringify(r2.claims[0]!.asOf));
  const r3 = await verdictsOf('As of now, Vietnam has comprehensive strategic partnerships with ten countries.', { asOf: { year: 2025, month: 2, day: 27 } });
  console.log(JSON.stringify(r3.claims[0]!.asOf));
});
