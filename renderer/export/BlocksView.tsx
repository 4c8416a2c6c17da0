import { createContext, Fragment, memo, useContext, useMemo } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { Block, BlockOf, Fact, ListItem, MapPicture, Run } from '../../shared/document/blockTypes.ts';
import { contentsOf } from './planDocument.ts';
import './document.css';

/** What every block view needs besides its block: where headings live and how to jump to them. */
interface BlocksEnv {
  blocks: readonly Block[];
  /** Prefix that makes heading ids unique on the page. */
  idPrefix: string;
  /** The heading level of the document title; sections get the same level, subsections one more. */
  topLevel: number;
  onJump(id: string): void;
}

const BlocksContext = createContext<BlocksEnv>({ blocks: [], idPrefix: 'doc-', topLevel: 1, onJump: () => undefined });

/** The page id of a document heading. */
export function headingElementId(idPrefix: string, id: string): string {
  return `${idPrefix}${id}`;
}

function Heading({ level, id, className, children }: { level: number; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h1';
  return (
    <Tag id={id} className={className} tabIndex={id ? -1 : undefined}>
      {children}
    </Tag>
  );
}

/** Inline runs as text with strong and emphasis; line breaks inside a run stay line breaks. */
export function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((run, at) => {
        const lines = run.text.split(/\r?\n/);
        let content: ReactNode = lines.map((line, index) => (
          <Fragment key={index}>
            {index > 0 ? <br /> : null}
            {line}
          </Fragment>
        ));
        if (run.emphasis) content = <em>{content}</em>;
        if (run.strong) content = <strong>{content}</strong>;
        return <Fragment key={at}>{content}</Fragment>;
      })}
    </>
  );
}

function ItemList({ items }: { items: readonly ListItem[] }) {
  return (
    <ul>
      {items.map((item, at) => (
        <li key={at}>
          <Runs runs={item.runs} />
          {item.children?.length ? <ItemList items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="atlas-doc__facts">
      {facts.map((fact, at) => (
        <Fragment key={at}>
          <dt>{fact.label}</dt>
          <dd>
            <Runs runs={fact.value} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function TitleView({ block }: { block: BlockOf<'title'> }) {
  const { topLevel } = useContext(BlocksContext);
  return (
    <header className="atlas-doc__title-page">
      <div className="atlas-doc__kicker">Strategic account plan</div>
      <Heading level={topLevel}>{block.title}</Heading>
      <div className="atlas-doc__subtitle">{block.subtitle}</div>
      <div className={`atlas-doc__edition ${block.edition.startsWith('Internal') ? 'is-internal' : ''}`}>{block.edition}</div>
      <FactList facts={block.facts} />
    </header>
  );
}

function TocView({ block }: { block: BlockOf<'toc'> }) {
  const { blocks, topLevel, onJump } = useContext(BlocksContext);
  const entries = useMemo(() => contentsOf(blocks), [blocks]);
  return (
    <nav className="atlas-doc__toc" aria-label={block.title}>
      <Heading level={topLevel + 1}>{block.title}</Heading>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={`atlas-doc__toc-${entry.level}`}>
            <button type="button" className="atlas-link-button" onClick={() => onJump(entry.id)}>
              {entry.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function HeadingView({ block }: { block: BlockOf<'heading'> }) {
  const { idPrefix, topLevel } = useContext(BlocksContext);
  return (
    <Heading level={topLevel + block.level - 1} id={headingElementId(idPrefix, block.id)} className={block.level === 1 ? 'atlas-doc__section' : undefined}>
      {block.text}
    </Heading>
  );
}

function ParagraphView({ block }: { block: BlockOf<'paragraph'> }) {
  return (
    <p className={block.runs.length > 0 && block.runs.every((run) => run.strong) ? 'atlas-doc__lead' : undefined}>
      <Runs runs={block.runs} />
    </p>
  );
}

function ListView({ block }: { block: BlockOf<'list'> }) {
  return <ItemList items={block.items} />;
}

function TableView({ block }: { block: BlockOf<'table'> }) {
  const total = block.columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const firstTotal = block.rows.length - (block.totalRows ?? 0);
  const numeric = (at: number) => (block.columns[at]?.align === 'right' ? 'is-number' : undefined);
  return (
    // Focusable, so a table wider than the pane can be scrolled with the keyboard.
    <div className="atlas-doc__table" tabIndex={0} role="group" aria-label={`Table: ${block.columns.map((column) => column.header).join(', ')}`}>
      <table>
        <colgroup>
          {block.columns.map((column, at) => (
            <col key={at} style={{ width: `${((column.weight / total) * 100).toFixed(1)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((column, at) => (
              <th key={at} scope="col" className={numeric(at)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => (
            <tr key={index} className={index >= firstTotal ? 'is-total' : undefined}>
              {block.columns.map((_, at) => (
                <td key={at} className={numeric(at)}>
                  <Runs runs={row[at] ?? []} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FactsView({ block }: { block: BlockOf<'facts'> }) {
  return <FactList facts={block.facts} />;
}

/** The level of the last heading above a block, so a grid's cell titles sit one level under it (no skipped level). */
function levelAbove(blocks: readonly Block[], block: Block): number {
  for (let at = blocks.indexOf(block) - 1; at >= 0; at -= 1) {
    const above = blocks[at]!;
    if (above.type === 'heading') return above.level;
  }
  return 1;
}

function GridView({ block }: { block: BlockOf<'grid'> }) {
  const { blocks, topLevel } = useContext(BlocksContext);
  const cellLevel = topLevel + levelAbove(blocks, block);
  return (
    <div className="atlas-doc__grid">
      {block.cells.map((cell, at) => (
        <div key={at} className="atlas-doc__cell">
          <Heading level={cellLevel}>{cell.title}</Heading>
          <ItemList items={cell.items} />
        </div>
      ))}
    </div>
  );
}

function CalloutView({ block }: { block: BlockOf<'callout'> }) {
  return (
    <div role="note" className={`atlas-doc__callout ${block.tone === 'warning' ? 'is-warning' : ''}`}>
      <Runs runs={block.runs} />
    </div>
  );
}

function PageBreakView() {
  return <div className="atlas-doc__page-break" aria-hidden="true" />;
}

/** The SVG as an image: the picture's text is shown, never parsed into the page. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const MapFigure = memo(function MapFigure({ picture }: { picture: MapPicture }) {
  const src = useMemo(() => svgDataUrl(picture.svg), [picture.svg]);
  return (
    <figure className="atlas-doc__map">
      <img src={src} alt={picture.title} width={Math.round(picture.width)} height={Math.round(picture.height)} loading="lazy" decoding="async" />
      <figcaption>{picture.title}</figcaption>
    </figure>
  );
});

function MapView({ block }: { block: BlockOf<'map'> }) {
  return (
    <>
      <p>
        <em>{block.legend}</em>
      </p>
      {block.pictures.map((picture, at) => (
        <MapFigure key={at} picture={picture} />
      ))}
    </>
  );
}

type BlockViews = { [T in Block['type']]: ComponentType<{ block: BlockOf<T> }> };

/** One view per block type: adding a block type without its view fails the type check. */
const BLOCK_VIEWS = {
  title: TitleView,
  toc: TocView,
  heading: HeadingView,
  paragraph: ParagraphView,
  list: ListView,
  table: TableView,
  facts: FactsView,
  grid: GridView,
  callout: CalloutView,
  pageBreak: PageBreakView,
  map: MapView,
} satisfies BlockViews;

function BlockView({ block }: { block: Block }) {
  const View = BLOCK_VIEWS[block.type] as ComponentType<{ block: Block }>;
  return <View block={block} />;
}

/** Props of the block list. */
export interface BlocksViewProps {
  blocks: readonly Block[];
  /** Prefix that keeps heading ids unique on the page (the preview uses useId). */
  idPrefix: string;
  /** Heading level of the document title (3 under a pane heading). */
  topLevel?: number;
  /** Called with a heading's block id when a contents entry is chosen. */
  onJump?(id: string): void;
}

/** The plan document's format-neutral blocks as React elements: text stays text, never parsed as HTML. */
export function BlocksView({ blocks, idPrefix, topLevel = 1, onJump }: BlocksViewProps) {
  const env = useMemo<BlocksEnv>(() => ({ blocks, idPrefix, topLevel, onJump: onJump ?? (() => undefined) }), [blocks, idPrefix, topLevel, onJump]);
  return (
    <BlocksContext.Provider value={env}>
      <div className="atlas-doc">
        {blocks.map((block, at) => (
          <BlockView key={at} block={block} />
        ))}
      </div>
    </BlocksContext.Provider>
  );
}
