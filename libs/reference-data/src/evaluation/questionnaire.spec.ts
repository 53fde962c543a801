import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { referenceData } from '../reference-data';
import { EVALUATION_QUESTIONNAIRE_ID, EVALUATION_QUESTIONNAIRE_V1, evaluationQuestionnaires } from './questionnaire';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
const sha256 = (v: unknown) => createHash('sha256').update(canonical(v)).digest('hex');

/** A failure here means a published questionnaire was edited in place: stored answers name its id. Add a new version instead. */
const PUBLISHED_SHA256: Record<string, string> = {
  'evaluation.questionnaire.v1': '5d913506a3a17bc6afe7c0a3b5471f17d16a5d994a5bcad2a015c45971b70100',
};

describe('evaluation questionnaire', () => {
  it('is published under its versioned id and pinned by hash', () => {
    expect(referenceData.get(EVALUATION_QUESTIONNAIRE_ID)).toBe(EVALUATION_QUESTIONNAIRE_V1);
    for (const q of evaluationQuestionnaires) expect(sha256(q)).toBe(PUBLISHED_SHA256[q.id]);
  });

  it('holds the twelve Friesland items, each key once, with the figures of the evaluation', () => {
    const items = EVALUATION_QUESTIONNAIRE_V1.items;
    expect(items).toHaveLength(12);
    expect(new Set(items.map((i) => i.key)).size).toBe(12);
    expect(items.map((i) => i.friesland?.sharePercent)).toEqual([83, 95, 72, 44, 28, 60, 40, 23, 21, 72, 49, 31]);
    for (const i of items) expect(i.friesland?.wording.startsWith(`${i.friesland?.sharePercent}%`)).toBe(true);
  });

  it('cannot be changed at runtime', () => {
    expect(() => (EVALUATION_QUESTIONNAIRE_V1.items as unknown as unknown[]).push({})).toThrow();
  });
});
