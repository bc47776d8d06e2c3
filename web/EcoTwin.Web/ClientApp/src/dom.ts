// A tiny element builder: h('div.cls', {attrs}, children).

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K | `${K}.${string}`, attrs?: Attrs | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const [name, ...classes] = tag.split('.');
  const element = document.createElement(name as K);
  if (classes.length) element.className = classes.join(' ');
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') {
        element.addEventListener(key.replace(/^on/, ''), value);
      } else if (key === 'class') {
        element.className = `${element.className} ${value}`.trim();
      } else if (key === 'text') {
        element.textContent = String(value);
      } else if (key === 'html') {
        element.innerHTML = String(value);
      } else {
        element.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
  }
}

export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}
