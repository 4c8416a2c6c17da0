import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Evaluated through the debugging protocol rather than added as a <script>: the app's Content-Security-Policy
// (script-src 'self') rightly refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  failureSummary?: string;
  html: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** How many elements of one rule a failure message lists before it says "and N more". */
const LISTED_PER_RULE = 4;

function describeNode(node: AxeNode): string {
  const why = (node.failureSummary ?? '').replace(/^Fix (any|all) of the following:\s*/, '').replace(/\s+/g, ' ').trim();
  return `    ${node.target.join(' ')}: ${why}`;
}

/**
 * Runs axe-core (injected into the page) on what the page shows now and returns its violations readably: per
 * broken rule one line (rule, impact, count, help), then the first elements with why each fails; empty when none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (violations as AxeViolation[]).map((violation) => {
    const listed = violation.nodes.slice(0, LISTED_PER_RULE).map(describeNode);
    const more = violation.nodes.length > LISTED_PER_RULE ? [`    … and ${violation.nodes.length - LISTED_PER_RULE} more`] : [];
    return [`${violation.id} (${violation.impact}, ${violation.nodes.length} elements): ${violation.help}`, ...listed, ...more].join('\n');
  });
}
