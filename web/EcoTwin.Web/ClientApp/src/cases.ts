import { failed, getJson, problemMessage } from './api';
import { parseJson } from './json';
import type { Page } from './types';

/** A case as the board lists it (GET /api/cases, hub caseChanges; docs/api.md "Cases"). */
export interface CaseSummary {
  id: string;
  title: string;
  status: 'raised' | 'dispatched' | 'handling' | 'review' | 'closed';
  origin: string;
  twinKind: string | null;
  twinKey: string | null;
  cause: string | null;
  districtCode: string | null;
  assignee: string | null;
  handler: string | null;
  deadline: string | null;
  overdue: boolean;
  escalatedAt: string | null;
  alarmOpen: boolean;
  alarmCount: number;
  openedBy: string;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
  version: string | bigint;
}

/** An action on a case and what it sends (docs/api.md: POST /api/cases/{id}/...). */
export type CaseActionName = 'dispatch' | 'accept' | 'note' | 'attach' | 'submit' | 'approve' | 'sendBack' | 'reopen';

/** The actions each stage allows (the server's state machine, CaseWorkflow; the server still decides). */
export const CASE_ACTIONS: Record<CaseSummary['status'], CaseActionName[]> = {
  raised: ['dispatch', 'note'],
  dispatched: ['accept', 'dispatch', 'note'],
  handling: ['submit', 'note', 'attach', 'dispatch'],
  review: ['approve', 'sendBack', 'note'],
  closed: ['reopen'],
};

/** The permission an action needs (the role matrix, docs/api.md). */
export const ACTION_PERMISSION: Record<CaseActionName, string> = {
  dispatch: 'actOnCases', accept: 'handleCases', note: 'actOnCases', attach: 'handleCases', submit: 'handleCases',
  approve: 'actOnCases', sendBack: 'actOnCases', reopen: 'actOnCases',
};

const PATHS: Record<CaseActionName, string> = {
  dispatch: 'dispatch', accept: 'accept', note: 'notes', attach: 'attachments', submit: 'submit', approve: 'approve', sendBack: 'send-back', reopen: 'reopen',
};

/** A refused action: the server's reason (409 state, 403 not yours, 400 fields). */
export class CaseActionError extends Error {}

export const cases = {
  open: () => getJson<Page<CaseSummary>>('/api/cases?open=true&pageSize=1000'),
  recentlyClosed: () => getJson<Page<CaseSummary>>('/api/cases?status=closed&pageSize=30'),
  /** Sends an action: a JSON body, or a file (attach) as multipart/form-data. */
  async act(id: string, action: CaseActionName, body: Record<string, unknown> | File): Promise<CaseSummary> {
    const url = `/api/cases/${encodeURIComponent(id)}/${PATHS[action]}`;
    let request: RequestInit;
    if (body instanceof File) {
      const form = new FormData();
      form.append('file', body);
      request = { method: 'POST', headers: { Accept: 'application/json' }, body: form };
    } else {
      request = { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) };
    }
    const response = await fetch(url, request);
    const text = await response.text();
    if (response.status === 401) failed(response, url);
    if (!response.ok) throw new CaseActionError(problemMessage(text) ?? `${response.status}`);
    return parseJson<{ summary: CaseSummary }>(text).summary;
  },
};
