import { describe, expect, it } from 'vitest';
import { NODE_KINDS, kindOf, kinds } from '../../shared/kinds/index.ts';
import { allowedEdgeKinds, canConnect } from '../../shared/edges.ts';
import { nodeRecordSchema } from '../../shared/model.ts';

describe('node kinds', () => {
  it('registers every kind with a schema, defaults that pass it, and a section', () => {
    for (const kind of NODE_KINDS) {
      const definition = kindOf(kind);
      expect(definition.kind).toBe(kind);
      expect(definition.schema.safeParse(definition.defaults()).success).toBe(true);
    }
  });

  it('restores stored data: keeps valid fields, defaults invalid ones, drops unknown keys', () => {
    const restored = kinds.stakeholder.restore({ title: 'CFO', support: 'adoring', influence: 'high', extra: 1 });
    expect(restored.title).toBe('CFO');
    expect(restored.support).toBe('unknown');
    expect(restored.influence).toBe('high');
    expect('extra' in restored).toBe(false);
  });

  it('refuses incoming data with a wrong type and names the field', () => {
    const result = nodeRecordSchema.safeParse({ id: 'n1', kind: 'goal', label: 'Grow', data: { target: 'lots' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['data', 'target']);
  });

  it('allows only declared relation pairs', () => {
    expect(canConnect('hasNeed', 'stakeholder', 'need')).toBe(true);
    expect(canConnect('hasNeed', 'need', 'stakeholder')).toBe(false);
    expect(allowedEdgeKinds('stakeholder', 'stakeholder')).toEqual(['reportsTo', 'influences', 'related']);
  });
});

describe('ids', () => {
  it('are 16 letters and digits, so none is ever read as a command-line option', async () => {
    const { newId } = await import('../../shared/ids.ts');
    const ids = Array.from({ length: 5000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
