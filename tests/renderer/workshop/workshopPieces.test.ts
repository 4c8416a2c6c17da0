import { describe, expect, it } from 'vitest';
import { editingStatus, readOnlySentence, WORKSHOP_VIEWER_SENTENCE } from '../../../renderer/api/LibraryStatus.tsx';
import { createHostPanels, endWorkshop, refreshWorkshopStatus, workshopRunsOn } from '../../../renderer/workshop/hostPanels.ts';
import { personChipLabel, youSentence } from '../../../renderer/workshop/presence.ts';
import { isParticipant, presenceKey } from '../../../renderer/workshop/presenceKey.ts';
import { scaledViewport } from '../../../renderer/workshop/projector.ts';
import { workshopStore } from '../../../renderer/live/workshopStore.ts';
import type { PresentPerson, WorkshopStatus } from '../../../shared/workshop.ts';

const person = (id: string, name: string, role: PresentPerson['role'], selection: string[] = []): PresentPerson => ({
  id,
  name,
  colour: '#336699',
  role,
  selection,
  editing: null,
});

const RUNNING: WorkshopStatus = {
  running: true,
  planId: 'plan_1',
  planTitle: 'FY27 growth',
  hostName: 'Hana',
  address: '127.0.0.2',
  port: 4100,
  joinCode: 'ABC123',
  joinUrl: 'http://127.0.0.2:4100/join?code=ABC123',
  joinQrSvg: 'data:image/svg+xml;base64,PHN2Zy8+',
  joinRole: 'customer',
  participants: [],
};

describe('editing follows the workshop role', () => {
  const editable = { readOnly: false, reason: null };

  it('turns editing off for a participant who views or sees the customer view, on for an editor and the host', () => {
    for (const role of ['view', 'customer'] as const) {
      const status = editingStatus(editable, role);
      expect(status.readOnly).toBe(true);
      expect(readOnlySentence(status)).toBe(WORKSHOP_VIEWER_SENTENCE);
    }
    for (const role of ['edit', 'host', null] as const) expect(editingStatus(editable, role)).toEqual({ readOnly: false, reason: null, workshopViewer: false });
  });

  it('keeps the library’s own status for the host and outside a workshop', () => {
    for (const role of ['host', null] as const) {
      const status = editingStatus({ readOnly: true, reason: 'the file is read-only' }, role);
      expect(status.workshopViewer).toBe(false);
      expect(readOnlySentence(status)).toMatch(/^This library is read-only \(the file is read-only\)/);
    }
  });

  it('lets the participant’s current role decide over the status the room gave for an earlier role', () => {
    const askedAsViewer = { readOnly: true, reason: 'you joined this workshop to view the plan' };
    expect(editingStatus(askedAsViewer, 'edit').readOnly).toBe(false);
    expect(readOnlySentence(editingStatus(askedAsViewer, 'view'))).toBe(WORKSHOP_VIEWER_SENTENCE);
    expect(editingStatus(editable, 'customer').readOnly).toBe(true);
  });
});

describe('presence', () => {
  it('names each chip with the role, and marks yourself', () => {
    expect(personChipLabel(person('host', 'Hana', 'host'), { id: 'p1' })).toBe('Hana (Host)');
    expect(personChipLabel(person('p1', 'Ana', 'edit'), { id: 'p1' })).toBe('Ana (Can edit) (you)');
    expect(personChipLabel(person('p2', 'Cleo', 'customer'), null)).toBe('Cleo (Customer view)');
  });

  it('tells a participant who they are', () => {
    expect(youSentence({ id: 'p2', name: 'Cleo', colour: '#000000', role: 'customer' }, 'Hana')).toBe('You are Cleo in this workshop hosted by Hana: customer view.');
  });

  it('changes its key when people or roles change, not when a selection moves', () => {
    const before = presenceKey([person('host', 'Hana', 'host'), person('p1', 'Ana', 'view')]);
    expect(presenceKey([person('host', 'Hana', 'host', ['n1']), person('p1', 'Ana', 'view', ['n2'])])).toBe(before);
    expect(presenceKey([person('host', 'Hana', 'host'), person('p1', 'Ana', 'edit')])).not.toBe(before);
    expect(presenceKey([person('host', 'Hana', 'host')])).not.toBe(before);
  });

  it('tells a participant from the host and from no workshop', () => {
    expect(isParticipant(null)).toBe(false);
    expect(isParticipant({ role: 'host' })).toBe(false);
    expect(isParticipant({ role: 'customer' })).toBe(true);
  });
});

describe('projector mode zooms the map about the centre of the pane', () => {
  const pane = { width: 1000, height: 600 };
  const limits = { min: 0.1, max: 2 };

  it('keeps the point at the centre where it was, and undoes itself', () => {
    const start = { x: 120, y: -40, zoom: 0.8 };
    const larger = scaledViewport(start, 1.5, pane, limits);
    expect(larger.zoom).toBeCloseTo(1.2);
    const centreOnMap = (viewport: typeof start) => ({ x: (500 - viewport.x) / viewport.zoom, y: (300 - viewport.y) / viewport.zoom });
    expect(centreOnMap(larger).x).toBeCloseTo(centreOnMap(start).x);
    expect(centreOnMap(larger).y).toBeCloseTo(centreOnMap(start).y);
    const back = scaledViewport(larger, 1 / 1.5, pane, limits);
    expect(back.x).toBeCloseTo(start.x);
    expect(back.y).toBeCloseTo(start.y);
    expect(back.zoom).toBeCloseTo(start.zoom);
  });

  it('stays within the map’s zoom limits', () => {
    expect(scaledViewport({ x: 0, y: 0, zoom: 1.8 }, 1.5, pane, limits).zoom).toBe(2);
  });
});

describe('the host’s workshop status', () => {
  it('knows which plan the workshop runs on, and closes the Join panel when it is over', async () => {
    const panels = createHostPanels();
    await refreshWorkshopStatus({ workshopStatus: async () => RUNNING }, panels);
    expect(workshopRunsOn(panels.getState().status, 'plan_1')).toBe(true);
    expect(workshopRunsOn(panels.getState().status, 'plan_2')).toBe(false);
    panels.getState().showJoinPanel(true);
    workshopStore.getState().heardYou('plan_1', { id: 'host', name: 'Hana', colour: '#000000', role: 'host' });
    await endWorkshop({ endWorkshop: async () => ({ running: false }) }, panels);
    expect(panels.getState()).toMatchObject({ joinPanel: false, status: { running: false } });
    expect(workshopStore.getState().you).toBeNull();
  });

  it('keeps the last status when the question is refused (a participant’s window)', async () => {
    const panels = createHostPanels();
    panels.getState().setStatus(RUNNING);
    await refreshWorkshopStatus({ workshopStatus: () => Promise.reject(new Error('refused')) }, panels);
    expect(panels.getState().status).toBe(RUNNING);
  });
});
