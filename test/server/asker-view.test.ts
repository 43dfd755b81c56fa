import { describe, expect, it } from 'vitest';
import { blindedView } from '../../src/review/screening/blinded-view.js';
import type { Decision, Resolution, ScreeningLedger, Stage, Verdict } from '../../src/review/screening/types.js';
import { askerView, readAskerView } from '../../src/server/core/asker-view.js';
import { SqliteStore } from '../../src/store/index.js';

/** A deterministic pseudo-random ledger: 40 records, 5 reviewers (one resolver), both stages. */
function ledger(seed: number): ScreeningLedger {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const reviewers = ['a', 'b', 'c', 'd', 'r'].map((id) => ({ id, name: id, canResolve: id === 'r' }));
  const verdicts: Verdict[] = ['include', 'exclude', 'maybe'];
  const decisions: Decision[] = [];
  const resolutions: Resolution[] = [];
  for (let recordId = 1; recordId <= 40; recordId++) {
    for (const stage of ['title_abstract', 'full_text'] as Stage[]) {
      for (const reviewer of ['a', 'b', 'c', 'd']) {
        if (rand() < 0.45) decisions.push({ recordId, stage, reviewer, verdict: verdicts[Math.floor(rand() * 3)], reason: null, note: null, at: '2025-01-01T00:00:00Z' });
      }
      if (rand() < 0.2) resolutions.push({ recordId, stage, verdict: 'include', reason: null, method: 'third_reviewer', by: 'r', why: 'x', at: '2025-01-02T00:00:00Z' });
    }
  }
  return { reviewers, decisions, resolutions, required: 2, reasons: [] };
}

describe('askerView(ledger, asker)', () => {
  it('askerView equals blindedView for every asker on random ledgers', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const l = ledger(seed);
      for (const asker of ['a', 'b', 'c', 'd', 'r', 'nobody']) expect(askerView(l, asker), `seed ${seed}, ${asker}`).toEqual(blindedView(l, asker));
    }
  });
});

describe('readAskerView(store, asker, recordIds?)', () => {
  it('equals blindedView of the whole ledger, whole or restricted to some records, for every asker', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const l = ledger(seed);
      const store = SqliteStore.open(':memory:');
      store.importRecords(Array.from({ length: 40 }, (_, i) => ({ sourceId: `R${i}`, source: { database: 'PubMed', file: 'f' }, title: `T${i}`, authors: [] })), { file: 'f', database: 'PubMed' });
      for (const r of l.reviewers) store.addReviewer(r);
      const ins = store.db.prepare(`INSERT INTO decision_events (record_id, stage, reviewer_id, verdict, reason_id, note, at) VALUES (?, ?, ?, ?, NULL, NULL, ?)`);
      for (const d of l.decisions) ins.run(d.recordId, d.stage, d.reviewer, d.verdict, d.at);
      const res = store.db.prepare(`INSERT INTO resolution_events (record_id, stage, verdict, reason_id, method, by, why, at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)`);
      for (const r of l.resolutions) res.run(r.recordId, r.stage, r.verdict, r.method, r.by, r.why, r.at);
      for (const asker of ['a', 'b', 'c', 'd', 'r', 'nobody']) {
        const whole = blindedView(l, asker);
        expect(readAskerView(store, asker), `seed ${seed}, ${asker}`).toEqual(whole);
        const ids = [seed, 7, 20 + seed, 33];
        expect(readAskerView(store, asker, ids), `seed ${seed}, ${asker}, records`).toEqual(whole.filter((e) => ids.includes(e.recordId)));
      }
      store.close();
    }
  });
});
