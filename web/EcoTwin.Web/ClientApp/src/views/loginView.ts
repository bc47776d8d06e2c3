import { login } from '../auth';
import { h } from '../dom';
import { lang, setLang, t } from '../i18n';

/** Where to go after signing in (?return=/dashboard/, from the Orleans dashboard): a path of this site only. */
function returnPath(): string | null {
  const path = new URLSearchParams(location.search).get('return');
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : null;
}

/** The sign-in page shown when the server answers 401; a successful sign-in reloads the page as the user. */
export function mountLogin(root: HTMLElement): void {
  const name = h('input', { name: 'name', autocomplete: 'username', required: true, 'data-testid': 'login-name' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const error = h('p.login-error', { role: 'alert', 'data-testid': 'login-error' });
  const submit = h('button', { type: 'submit', 'data-testid': 'login-submit' });
  const form = h('form.login', {
    onsubmit: (event: Event) => {
      event.preventDefault();
      submit.disabled = true;
      void login(name.value.trim(), password.value).then(refusal => {
        if (refusal === null) {
          location.assign(returnPath() ?? location.href);
          return;
        }
        error.textContent = refusal;
        submit.disabled = false;
        password.select();
      });
    },
  },
  h('h1', { 'data-text': 'title' }),
  h('label', null, h('span', { 'data-text': 'login_name' }), name),
  h('label', null, h('span', { 'data-text': 'login_password' }), password),
  error, submit,
  h('button.lang', { type: 'button', onclick: () => { setLang(lang() === 'zh' ? 'en' : 'zh'); texts(); } }));

  function texts(): void {
    for (const element of form.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as never);
    submit.textContent = t('login_submit');
    form.querySelector('.lang')!.textContent = t('lang');
  }

  document.body.dataset.view = 'login';
  root.append(h('main.login-page', null, form));
  texts();
  name.focus();
}
