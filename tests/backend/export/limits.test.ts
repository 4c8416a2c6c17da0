import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import { openLibrary } from '../../../electron/backend/library.ts';
import type { Library } from '../../../electron/backend/library.ts';
import { createPlanService } from '../../../electron/backend/service.ts';
import type { PlanService } from '../../../electron/backend/service.ts';
import type { ExportFormat } from '../../../shared/api.ts';
import { NODE_KINDS, kindOf } from '../../../shared/kinds/index.ts';
import { layoutMindMap } from '../../../shared/layout.ts';
import { MAX_PLAN_NODES, MAX_TREE_DEPTH } from '../../../shared/limits.ts';
import type { PlanEdge, PlanNode } from '../../../shared/model.ts';
import type { PlanFile } from '../../../shared/planFile.ts';
import { generatePlan } from '../../bench/generatePlan.ts';
import { tempFolder } from '../tempLibrary.ts';
import { keep, pdfText } from './readers.ts';

const NOW = new Date('2026-01-15T09:00:00Z');
const LAST_TOPIC = 'Last topic of the largest plan';
const BRANCH_KINDS = NODE_KINDS.filter((kind) => kind !== 'account');

/** The largest plan a library takes: the sample's mix of kinds at MAX_PLAN_NODES nodes, every topic with text. */
function largestPlan(): PlanFile {
  const file = generatePlan(MAX_PLAN_NODES, 7);
  const nodes = file.nodes.map((node) =>
    node.kind === 'topic' ? ({ ...node, data: { text: `Notes on ${node.label}: what the team learnt, in a sentence or two.` } } as PlanNode) : node,
  );
  const last = nodes.findLastIndex((node) => node.kind === 'topic');
  nodes[last] = { ...nodes[last]!, label: LAST_TOPIC } as PlanNode;
  return { ...file, plan: { ...file.plan, title: 'Largest plan' }, nodes };
}

/**
 * The sample with a branch MAX_TREE_DEPTH levels deep under the account, its nodes going through every kind (goals
 * under goals make a deep goal build, topics deep notes) and each stakeholder reporting to the one above it (a deep
 * org chart). `extra` more levels make it too deep.
 */
function deepestPlan(extra = 0): PlanFile {
  const file = generatePlan(1, 3);
  const root = file.nodes[0]!;
  const nodes: PlanNode[] = [root];
  const edges: PlanEdge[] = [];
  let parentId = root.id;
  let manager: string | null = null;
  for (let level = 1; level <= MAX_TREE_DEPTH + extra; level += 1) {
    const kind = BRANCH_KINDS[level % BRANCH_KINDS.length]!;
    const id = `deep-${level}`;
    const data = kind === 'topic' ? { text: `Note at level ${level}.` } : kindOf(kind).defaults();
    nodes.push({ id, kind, label: `Level ${level}`, data, position: { x: 0, y: 0 }, parentId, order: 0, collapsed: false, internal: false } as PlanNode);
    if (kind === 'stakeholder') {
      if (manager) edges.push({ id: `reports-${level}`, kind: 'reportsTo', source: id, target: manager, data: {} });
      manager = id;
    }
    parentId = id;
  }
  const positions = layoutMindMap(nodes);
  return {
    ...file,
    plan: { ...file.plan, title: 'Deepest plan' },
    nodes: nodes.map((node) => ({ ...node, position: positions.get(node.id)! }) as PlanNode),
    edges,
    snapshots: [],
  };
}

/** The level of the deepest topic (a note) of deepestPlan's branch. */
function deepestTopic(): number {
  let level = MAX_TREE_DEPTH;
  while (BRANCH_KINDS[level % BRANCH_KINDS.length] !== 'topic') level -= 1;
  return level;
}

const FORMATS: ExportFormat[] = ['md', 'html', 'docx', 'pptx', 'pdf'];

/** The text of an exported document, as far as the test needs to read it. */
async function documentText(format: ExportFormat, base64: string, name: string): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  if (format === 'md' || format === 'html') return bytes.toString('utf8');
  if (format === 'pdf') return pdfText(keep({ fileName: name, mimeType: '', base64 }, name));
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((file) => /^(word\/document|ppt\/slides\/slide\d+)\.xml$/.test(file));
  return (await Promise.all(parts.map((file) => zip.file(file)!.async('string')))).join('\n');
}

describe('whatever a library takes, every document format exports', () => {
  const temp = tempFolder();
  let library: Library;
  let service: PlanService;
  let largest: string;
  let deepest: string;
  const took: Record<string, number> = {};

  beforeAll(async () => {
    library = openLibrary(temp.path('atlas.db'));
    service = createPlanService(library, { now: () => NOW });
    largest = (await service.importPlanFile({ file: largestPlan() })).planId;
    deepest = (await service.importPlanFile({ file: deepestPlan() })).planId;
  }, 120_000);

  afterAll(async () => {
    console.log(`Export times at the limits (ms): ${JSON.stringify(took)}`);
    library.close();
    temp.cleanup();
    await closeSharedChromium();
  });

  it.each(FORMATS)(`exports a ${MAX_TREE_DEPTH.toLocaleString('en-US')}-level branch as %s`, async (format) => {
    const started = performance.now();
    const exported = await service.exportDocument({ planId: deepest, format });
    took[`deepest ${format}`] = Math.round(performance.now() - started);
    const text = await documentText(format, exported.base64, `limits-deepest.${format}`);
    expect(text).toContain(`Level ${MAX_TREE_DEPTH}`);
    expect(text).toContain(`Note at level ${deepestTopic()}.`);
    if (format === 'md') expect(text).toContain(`*level ${MAX_TREE_DEPTH} ·* Level ${MAX_TREE_DEPTH}`);
  }, 180_000);

  it.each(FORMATS)(`exports a ${MAX_PLAN_NODES.toLocaleString('en-US')}-node plan as %s`, async (format) => {
    const started = performance.now();
    const exported = await service.exportDocument({ planId: largest, format });
    took[`largest ${format}`] = Math.round(performance.now() - started);
    const text = await documentText(format, exported.base64, `limits-largest.${format}`);
    expect(text).toContain(LAST_TOPIC);
  }, 240_000);

  it('refuses at import a plan one node or one level past the limits, naming the place', async () => {
    const tooLarge = generatePlan(MAX_PLAN_NODES + 1, 7);
    await expect(service.importPlanFile({ file: tooLarge })).rejects.toThrow(`file.nodes: a plan holds at most ${MAX_PLAN_NODES.toLocaleString('en-US')} nodes.`);
    const tooDeep = deepestPlan(1);
    const at = tooDeep.nodes.findIndex((node) => node.id === `deep-${MAX_TREE_DEPTH + 1}`);
    await expect(service.importPlanFile({ file: tooDeep })).rejects.toThrow(
      `file.nodes[${at}].parentId: this node sits ${(MAX_TREE_DEPTH + 1).toLocaleString('en-US')} levels below the account; a plan nests at most ${MAX_TREE_DEPTH.toLocaleString('en-US')} levels.`,
    );
    expect((await service.listAccounts({})).length).toBe(2);
  });
});
