import { TIER_OPTIONS } from '../../account.ts';
import { PLAN_STATUS_OPTIONS } from '../../plan.ts';
import { kinds } from '../../kinds/index.ts';
import type { Block } from '../blockTypes.ts';
import { fact, fieldColumns, heading, nothingYet, paragraph, textParagraphs } from '../blockKit.ts';
import { NONE, formatDate, formatMoney, formatPeriod, joinNames } from '../format.ts';
import { fieldLabel, showsAccountField, showsPlanField } from '../editions.ts';
import type { PlanOutline } from '../outlineTypes.ts';

const ROOT_TEXTS = [
  { key: 'overview', id: 'profile-overview' },
  { key: 'financialHealth', id: 'profile-financial-health' },
  { key: 'history', id: 'profile-history' },
] as const;

/** Section 1 blocks: account facts, overview texts, competitors and the SWOT grid. */
export function profileBlocks(outline: PlanOutline): Block[] {
  const { account, plan, tierReasons, root } = outline.profile;
  const { edition } = outline;
  const labelOf = <T extends { value: string; label: string }>(options: readonly T[], value: string) =>
    options.find((option) => option.value === value)?.label ?? value;
  const showsAccount = (key: Parameters<typeof showsAccountField>[0]) => showsAccountField(key, edition);
  const blocks: Block[] = [
    {
      type: 'facts',
      facts: [
        fact('Account', account.name),
        fact('Industry', account.industry),
        fact('Website', account.website),
        fact('Annual revenue', formatMoney(account.revenue, account.revenueCurrency)),
        ...(showsAccount('tier') ? [fact('Tier', labelOf(TIER_OPTIONS, account.tier))] : []),
        ...(showsAccount('tierCriteria') ? [fact('Why this tier', tierReasons.length > 0 ? tierReasons.join('; ') : NONE)] : []),
        fact('Account manager', account.accountManager),
        fact('Renewal date', formatDate(account.renewalDate)),
        fact('Plan', plan.title),
        fact('Plan period', formatPeriod(plan.periodStart, plan.periodEnd)),
        ...(showsPlanField('growthTarget', edition) ? [fact('Growth target', formatMoney(plan.growthTarget, plan.currency))] : []),
        fact('Plan status', labelOf(PLAN_STATUS_OPTIONS, plan.status)),
      ],
    },
  ];
  for (const text of ROOT_TEXTS) {
    const value = root?.data[text.key].trim() ?? '';
    if (!value) continue;
    const field = kinds.account.field(text.key);
    blocks.push(heading(2, field ? fieldLabel(field, edition) : text.key, text.id), ...textParagraphs(value));
  }
  if (showsAccount('notes') && account.notes.trim()) {
    blocks.push(heading(2, 'Account notes', 'profile-account-notes'), ...textParagraphs(account.notes));
  }
  if (outline.edition === 'internal') blocks.push(...competitorBlocks(outline), ...swotBlocks(outline));
  return blocks;
}

function competitorBlocks(outline: PlanOutline): Block[] {
  const blocks: Block[] = [heading(2, 'Competitors and our position', 'profile-competitors')];
  const { competitors } = outline.profile;
  if (competitors.length === 0) return [...blocks, nothingYet('No competitors on the map yet.')];
  const fields = fieldColumns(
    'competitor',
    ['position', 'threat', 'strengths', 'weaknesses', 'ourPosition'],
    outline.edition,
    outline.currency,
  );
  for (const { node, competesFor } of competitors) {
    blocks.push(
      { type: 'paragraph', runs: [{ text: node.label, strong: true }] },
      {
        type: 'facts',
        facts: [
          ...fields.map((field) => ({ label: field.column.header, value: field.cell(node) })),
          ...(competesFor.length > 0 ? [fact('Competes for', joinNames(competesFor))] : []),
        ],
      },
    );
  }
  return blocks;
}

function swotBlocks(outline: PlanOutline): Block[] {
  const { swot } = outline.profile;
  const blocks: Block[] = [heading(2, 'SWOT of our position', 'profile-swot')];
  if (swot.every((quadrant) => quadrant.entries.length === 0)) {
    return [...blocks, nothingYet('No SWOT entries on the map yet.')];
  }
  blocks.push(
    paragraph({ text: 'Our strengths, weaknesses, opportunities and threats with this customer.', emphasis: true }),
    {
      type: 'grid',
      cells: swot.map((quadrant) => ({
        title: quadrant.title,
        items:
          quadrant.entries.length === 0
            ? [{ runs: [{ text: NONE }] }]
            : quadrant.entries.map((entry) => ({
                runs: [{ text: entry.text }],
                children: entry.notes ? [{ runs: [{ text: entry.notes, emphasis: true }] }] : undefined,
              })),
      })),
    },
  );
  return blocks;
}
