// Suggestions for the search box as a WAI-ARIA combobox with a listbox popup: focus stays
// in the box, Up/Down move, Enter chooses, Esc closes.
import { query } from './graphql.js';

// The shipped Suggest operation exactly as the hub prints it: its hash is its name.
const SUGGEST = `query Suggest($prefix: String!) {
  suggest(prefix: $prefix, limit: 5) {
    text
    node {
      __typename
      ...Ref
    }
  }
}

fragment Ref on Node {
  id
}
`;

const path = (...parts) => parts.map(encodeURIComponent).join('/');

/** The page of a suggested item; null for the parts of a permit, which are searched. */
function pageOf(node, lang) {
  const [guide, anchor] = node.id.split('#');
  switch (node.__typename) {
    case 'Destination': return `/${path(lang, 'destinations', node.id)}`;
    case 'Permit': return `/${path(lang, 'permits', node.id)}`;
    case 'Guide': return `/${path(lang, 'guides', node.id)}`;
    case 'Section': return `/${path(lang, 'guides', guide)}#${encodeURIComponent(anchor)}`;
    default: return null;
  }
}

/**
 * Makes the box a combobox.
 * @param search called with a suggestion's text when it has no page of its own
 */
export function combobox(input, lang, labels, search) {
  const list = document.createElement('ul');
  list.id = `${input.id}-suggestions`;
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-labelledby', input.labels[0].id);
  list.hidden = true;
  input.closest('.search-row').after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let items = [];
  let active = -1;
  let pending;

  function show(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
    } else {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  }

  function open(yes) {
    list.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) show(-1);
  }

  function choose(index) {
    const { text, node } = items[index];
    open(false);
    const page = pageOf(node, lang);
    if (page) {
      window.location.assign(page);
    } else {
      input.value = text;
      search();
    }
  }

  function render(suggestions) {
    items = suggestions;
    list.replaceChildren(...items.map(({ text, node }, i) => {
      const option = document.createElement('li');
      option.id = `${list.id}-${i}`;
      option.setAttribute('role', 'option');
      option.append(text);
      const label = labels[node.__typename];
      if (label) {
        const type = document.createElement('span');
        type.className = 'type';
        type.textContent = label;
        option.append(' ', type);
      }
      return option;
    }));
    show(-1);
    open(items.length > 0 && document.activeElement === input);
  }

  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role=option]');
    if (option) choose([...list.children].indexOf(option));
  });
  input.addEventListener('blur', () => open(false));
  input.addEventListener('keydown', (event) => {
    // An input method is composing: its keys are its own.
    if (event.isComposing || event.keyCode === 229 || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = items.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count) {
      event.preventDefault();
      open(true);
      if (event.key === 'ArrowDown') show(active + 1 < count ? active + 1 : 0);
      else show(active > 0 ? active - 1 : count - 1);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      open(false);
    }
  });

  return {
    /** Asks for the suggestions of what is in the box now. */
    async update(prefix) {
      if (pending) pending.abort();
      if (prefix.trim().length < 2) {
        render([]);
        return;
      }
      pending = new AbortController();
      try {
        render((await query(SUGGEST, { prefix }, lang, pending.signal)).suggest);
      } catch (error) {
        if (error.name !== 'AbortError') render([]);
      }
    },
    close: () => open(false),
  };
}
