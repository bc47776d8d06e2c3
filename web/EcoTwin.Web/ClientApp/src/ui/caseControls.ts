import { can } from '../auth';
import { ACTION_PERMISSION, CASE_ACTIONS, CaseActionError, cases, type CaseActionName, type CaseSummary } from '../cases';
import { clear, h } from '../dom';
import { t, tx } from '../i18n';

/** What an action asks for before it is sent. */
type Field = 'assignee' | 'deadline' | 'text' | 'reason' | 'file';

const FIELDS: Record<CaseActionName, Field[]> = {
  dispatch: ['assignee', 'deadline', 'text'],
  accept: [],
  note: ['text'],
  attach: ['file'],
  submit: ['text'],
  approve: ['reason'],
  sendBack: ['reason'],
  reopen: ['reason'],
};

/** The deadline a dispatch proposes: two days from now, as a datetime-local value. */
function defaultDeadline(): string {
  const at = new Date(Date.now() + 48 * 3600_000);
  at.setSeconds(0, 0);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The request body of an action from its form's values (the chosen file for attach). */
function bodyOf(action: CaseActionName, values: Partial<Record<Field, string>>, file: File | null): Record<string, unknown> | File {
  switch (action) {
    case 'attach':
      if (!file) throw new CaseActionError(t('case_noFile'));
      return file;
    case 'dispatch': {
      const assignee = values.assignee?.trim() ?? '';
      const to = assignee.startsWith('team:') ? { team: assignee.slice(5) } : { officer: assignee };
      const deadline = values.deadline ? new Date(values.deadline).toISOString() : null;
      return { ...to, deadline, note: values.text || null };
    }
    case 'note':
    case 'submit':
      return { text: values.text ?? '' };
    default:
      return { reason: values.reason || null };
  }
}

/**
 * The controls of one case card: a button per action the case's stage allows and the user may take;
 * a button with fields opens a small form in the card. The element lives as long as the card, so a
 * live re-render of the board never loses what someone is typing.
 */
export class CaseControls {
  readonly el = h('footer.case-controls');
  private status: CaseSummary['status'] | null = null;
  private busy = false;

  constructor(private summary: CaseSummary, private readonly applied: (summary: CaseSummary) => void) {
    this.update(summary);
  }

  /** Shows the buttons of the case's current stage (an open form stays while the stage is the same). */
  update(summary: CaseSummary): void {
    this.summary = summary;
    if (summary.status === this.status && !this.busy) return;
    this.status = summary.status;
    this.buttons();
  }

  private buttons(): void {
    clear(this.el);
    const actions = CASE_ACTIONS[this.summary.status].filter(action => can(ACTION_PERMISSION[action]));
    for (const action of actions) {
      this.el.append(h('button', {
        type: 'button', 'data-action': action,
        onclick: () => (FIELDS[action].length ? this.form(action) : void this.send(action, {}, null)),
      }, tx('case_action', action)));
    }
  }

  private form(action: CaseActionName): void {
    clear(this.el);
    const inputs = new Map<Field, HTMLInputElement | HTMLTextAreaElement>();
    for (const field of FIELDS[action]) {
      const input = field === 'text' || field === 'reason'
        ? h('textarea', { name: field, rows: 2 })
        : h('input', { name: field, type: field === 'deadline' ? 'datetime-local' : field === 'file' ? 'file' : 'text' });
      if (field === 'assignee') input.value = this.summary.districtCode ? `team:${this.summary.districtCode}` : '';
      if (field === 'deadline') input.value = defaultDeadline();
      inputs.set(field, input);
      this.el.append(h('label', null, h('span', null, tx('case_field', field)), input));
    }
    const error = h('p.case-error', { role: 'alert' });
    const values = () => Object.fromEntries([...inputs].map(([field, input]) => [field, input.value])) as Partial<Record<Field, string>>;
    const file = () => (inputs.get('file') as HTMLInputElement | undefined)?.files?.[0] ?? null;
    this.el.append(error, h('div.case-form-buttons', null,
      h('button.primary', { type: 'button', 'data-confirm': action, onclick: () => void this.send(action, values(), error, file()) }, tx('case_action', action)),
      h('button', { type: 'button', 'data-cancel': action, onclick: () => this.buttons() }, t('cancel'))));
    inputs.values().next().value?.focus();
  }

  private async send(action: CaseActionName, values: Partial<Record<Field, string>>, error: HTMLElement | null, file: File | null = null): Promise<void> {
    this.busy = true;
    for (const button of this.el.querySelectorAll('button')) button.disabled = true;
    try {
      const after = await cases.act(this.summary.id, action, bodyOf(action, values, file));
      this.busy = false;
      this.applied(after); // calls update() when this answer is the newest copy
      this.status = this.summary.status;
      this.buttons(); // the buttons again, even when the stage stayed or the live copy came first
    } catch (failure) {
      this.busy = false;
      for (const button of this.el.querySelectorAll('button')) button.disabled = false;
      const message = failure instanceof CaseActionError ? failure.message : String(failure);
      if (error) error.textContent = message;
      else this.el.append(h('p.case-error', { role: 'alert' }, message));
    }
  }
}
