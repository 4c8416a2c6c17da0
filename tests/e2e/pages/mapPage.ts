import type { Locator, Page } from 'playwright-core';

/** Where a node sits on the canvas (React Flow's translate, in map units). */
export interface NodeOffset {
  x: number;
  y: number;
}

function parseTranslate(transform: string | null): NodeOffset {
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform ?? '');
  if (!match) throw new Error(`No translate() in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The account map screen, driven like a person: palette buttons, keys, the inspector's labelled fields, drags. */
export function mapPage(page: Page) {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const self = {
    inspector,

    /** A node by its accessible name, e.g. ("Stakeholder", "Dana Whitfield"). */
    node(kind: string, label: string): Locator {
      return page.getByRole('group', { name: `${kind}: ${label}`, exact: true });
    },

    /** Every node drawn on the map. */
    allNodes(): Locator {
      return page.locator('.react-flow__node[aria-label]');
    },

    relation(source: string, verb: string, target: string): Locator {
      return page.locator(`.react-flow__edge[aria-label="Relation: ${source} ${verb} ${target}"]`);
    },

    async waitForMap(): Promise<void> {
      await page.locator('.react-flow__node').first().waitFor();
    },

    /** Chooses an item of the plan screen's Plan menu ("Import contacts…", "New plan for the next period…"). */
    async planMenu(item: string): Promise<void> {
      await page.getByRole('button', { name: 'Plan', exact: true }).click();
      await page.getByRole('menu', { name: 'Plan actions' }).getByRole('menuitem', { name: item, exact: true }).click();
    },

    /** Clicks a node, first fitting the map to the window when the node is out of sight (as a person would). */
    async select(kind: string, label: string): Promise<void> {
      await self.bringIntoView(self.node(kind, label));
      await self.node(kind, label).click();
    },

    async bringIntoView(node: Locator): Promise<void> {
      // Looks once the map has stopped moving (a new or selected node glides into view), as a person would.
      await self.settled();
      const area = (await page.getByRole('main', { name: 'Account map' }).boundingBox())!;
      const box = (await node.count()) > 0 ? await node.boundingBox() : null;
      const inside = box && box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
      // A card under the minimap is out of reach too; after Fit none is.
      const minimap = page.locator('.react-flow__minimap');
      const cover = box && (await minimap.count()) > 0 ? await minimap.boundingBox() : null;
      const covered = box && cover && box.x < cover.x + cover.width && cover.x < box.x + box.width && box.y < cover.y + cover.height && cover.y < box.y + box.height;
      if (inside && !covered) return;
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await self.settled();
      await node.waitFor();
    },

    /**
     * Waits until the map's view stays put for a few frames (no glide or zoom under way: those move it on every
     * frame), watched in the page frame by frame rather than by sleeping; fails if it keeps moving.
     */
    async settled(): Promise<void> {
      const still = await page.evaluate(
        ({ quietFrames, maxFrames }) =>
          new Promise<string | null>((resolve) => {
            const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
            let last = viewport?.style.transform ?? '';
            let quiet = 0;
            let frames = 0;
            const tick = () => {
              const now = viewport?.style.transform ?? '';
              quiet = now === last ? quiet + 1 : 0;
              last = now;
              frames += 1;
              if (quiet >= quietFrames) resolve(null);
              else if (frames >= maxFrames) resolve(now);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
        { quietFrames: 4, maxFrames: 600 },
      );
      if (still !== null) throw new Error(`The map kept moving for 600 frames (last view ${still})`);
    },

    /** The view as React Flow draws it: pan in pixels and zoom. */
    async viewport(): Promise<{ x: number; y: number; zoom: number }> {
      const transform = await self.viewportTransform();
      const match = /translate\(\s*(-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)\s*scale\(\s*([\d.e-]+)\s*\)/.exec(transform);
      if (!match) throw new Error(`No translate() scale() in "${transform}"`);
      return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
    },

    /** A palette button, e.g. "Add Stakeholder". */
    paletteButton(kind: string): Locator {
      return page.getByRole('navigation', { name: 'Add to the map' }).getByRole('button', { name: `Add ${kind}`, exact: true });
    },

    async clickPalette(kind: string): Promise<void> {
      await self.paletteButton(kind).click();
    },

    /** The centre of a palette button on screen, for a click that must follow a key without any check in between. */
    async paletteButtonCentre(kind: string): Promise<{ x: number; y: number }> {
      const box = (await self.paletteButton(kind).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },

    /** Clicks a palette button, then types the new node's name and presses Enter. */
    async addFromPalette(kind: string, name: string): Promise<void> {
      await self.clickPalette(kind);
      await self.typeName(kind, name);
    },

    /** The in-place name field of a node of this kind. */
    nameField(kind: string): Locator {
      return page.getByRole('textbox', { name: `${kind} name`, exact: true });
    },

    /** Every in-place name field open on the map. */
    openNameFields(): Locator {
      return page.locator('.react-flow__node').getByRole('textbox', { name: / name$/ });
    },

    /**
     * Types text and presses keys back to back, as a fast typist does: nothing waits for the page in between.
     * A step that is a key name (Enter, Tab, Escape, F2 …) is pressed; any other step is typed.
     */
    async keys(steps: readonly string[]): Promise<void> {
      for (const step of steps) {
        if (/^(Enter|Tab|Escape|F2|Delete|Backspace|Insert|Arrow\w+|(Control|Shift|Alt|Meta)\+\S+)$/.test(step)) await page.keyboard.press(step);
        else await page.keyboard.type(step);
      }
    },

    /**
     * Waits for a node to be on the map; if it never comes, fails with what the map shows instead (every node,
     * the open name fields and where focus is), which says at once which key went astray.
     */
    async waitForNode(kind: string, label: string, timeout = 30_000): Promise<void> {
      try {
        await self.node(kind, label).waitFor({ timeout });
      } catch (error) {
        const nodes = await self.allNodes().evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
        const fields = await self.openNameFields().evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
        throw new Error(
          `No "${kind}: ${label}" on the map. Nodes: ${JSON.stringify(nodes)}; open name fields: ${JSON.stringify(fields)}; focus on: ${await self.focusedName()}`,
          { cause: error },
        );
      }
    },

    /** The accessible name of the element that has keyboard focus (a node's "Kind: Label"), or its tag. */
    async focusedName(): Promise<string | null> {
      return page.evaluate(() => {
        const active = document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.tagName ?? null;
      });
    },

    /** Types into the open in-place rename field of a new node and commits with Enter. */
    async typeName(kind: string, name: string): Promise<void> {
      const field = self.nameField(kind);
      await field.waitFor();
      await field.fill(name);
      await field.press('Enter');
      await self.node(kind, name).waitFor();
    },

    async press(keys: string): Promise<void> {
      await page.keyboard.press(keys);
    },

    /** Saves are visible in the toolbar's status: waits until it says Saved. */
    async waitSaved(): Promise<void> {
      await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
    },

    async offsetOf(locator: Locator): Promise<NodeOffset> {
      return parseTranslate(await locator.evaluate((element) => (element as HTMLElement).style.transform));
    },

    async viewportTransform(): Promise<string> {
      return page.locator('.react-flow__viewport').evaluate((element) => (element as HTMLElement).style.transform);
    },

    /** Drags a node by a distance on screen. */
    async dragBy(locator: Locator, dx: number, dy: number): Promise<void> {
      await self.bringIntoView(locator);
      const box = (await locator.boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let step = 1; step <= 8; step += 1) await page.mouse.move(x + (dx * step) / 8, y + (dy * step) / 8);
      await page.mouse.up();
    },

    /** Drags from a node's bottom connection handle onto another node, then picks the relation kind. */
    async connect(from: Locator, to: Locator, relation: string): Promise<void> {
      await self.bringIntoView(from);
      await self.bringIntoView(to);
      await from.hover();
      const handle = from.locator('.react-flow__handle[data-handleid="b"]');
      const start = (await handle.boundingBox())!;
      const end = (await to.locator('.react-flow__handle[data-handleid="t"]').boundingBox())!;
      await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
      await page.mouse.down();
      for (let step = 1; step <= 10; step += 1) {
        await page.mouse.move(
          start.x + start.width / 2 + ((end.x - start.x) * step) / 10,
          start.y + start.height / 2 + ((end.y - start.y) * step) / 10,
        );
      }
      await page.mouse.up();
      const chooser = page.getByRole('dialog', { name: 'Choose a relation' });
      await chooser.getByRole('button', { name: relation, exact: true }).click();
    },
  };
  return self;
}
