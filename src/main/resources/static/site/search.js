// Enhances the search page, which works without it: results as you type, filter and
// "more" links without a reload, Back/Forward, suggestions. The results shown are the
// server's own page for the URL, fetched and swapped in, so they match a reload.
import { combobox } from './suggest.js';

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const region = document.getElementById('results-region');
const count = document.getElementById('result-count');

if (form && input && region && count) {
  const cache = new Map();
  const labels = {};
  Object.entries(form.dataset).forEach(([key, value]) => {
    if (key.startsWith('type')) labels[key.slice(4)] = value;
  });
  const suggestions = combobox(input, document.documentElement.lang, labels, () => commit());
  // A burst of keys asks once; asking at once was slower (src/bench/README.md).
  const PAUSE_MS = 50;
  let loading;
  let typing;
  let announcing;

  const formUrl = (sent = form) => {
    const url = new URL(sent.action);
    url.search = new URLSearchParams(new FormData(sent));
    return url.href;
  };

  // Once per burst of changes, a moment after the last, so it is read once.
  const announce = (text) => {
    clearTimeout(announcing);
    count.textContent = '';
    announcing = setTimeout(() => { count.textContent = text; }, 400);
  };

  const swap = (page, restoreBox) => {
    const fresh = page.getElementById('results-region');
    const box = page.getElementById('q');
    document.title = page.title;
    region.replaceChildren(...[...fresh.childNodes].map((node) => document.adoptNode(node)));
    form.querySelectorAll('input[type=hidden]').forEach((hidden) => hidden.remove());
    form.append(...[...page.querySelectorAll('#search-form input[type=hidden]')].map((n) => document.adoptNode(n)));
    const described = box.getAttribute('aria-describedby');
    if (described) input.setAttribute('aria-describedby', described);
    else input.removeAttribute('aria-describedby');
    if (restoreBox) input.value = box.value;
    // The language switcher and the alternates follow the search shown.
    for (const sel of ['nav.languages a', 'link[rel=alternate]']) {
      const links = page.querySelectorAll(sel);
      document.querySelectorAll(sel).forEach((link, i) => links[i] && link.setAttribute('href', links[i].getAttribute('href')));
    }
    announce(page.getElementById('result-count').textContent.trim());
  };

  /**
   * Shows the page at the URL. how: 'push' a new history entry, 'replace' this one, or
   * 'none' (Back/Forward already moved). draft: whether typing made the entry.
   */
  const load = async (url, how, draft, after) => {
    if (loading) loading.abort();
    loading = new AbortController();
    let html = cache.get(url);
    try {
      if (!html) {
        const response = await fetch(url, { headers: { 'X-Requested-With': 'fetch' }, signal: loading.signal });
        html = await response.text();
        if (response.ok) cache.set(url, html);
        if (cache.size > 30) cache.delete(cache.keys().next().value);
      }
    } catch (error) {
      if (error.name !== 'AbortError' && how !== 'replace') window.location.assign(url);
      return;
    }
    const page = new DOMParser().parseFromString(html, 'text/html');
    if (!page.getElementById('results-region')) {
      if (how !== 'replace') window.location.assign(url);
      return;
    }
    if (how === 'push') history.pushState({ search: true, draft }, '', url);
    if (how === 'replace') history.replaceState({ search: true, draft }, '', url);
    swap(page, how === 'none' || after);
    if (after) after();
  };

  // Typing: the first change after a committed search adds an entry, the next ones
  // replace it, so Back returns to the last committed search in one step.
  const typed = () => {
    const url = formUrl();
    if (url !== window.location.href) load(url, history.state && history.state.draft ? 'replace' : 'push', true);
  };

  const commit = () => {
    clearTimeout(typing);
    suggestions.close();
    const url = formUrl();
    if (history.state && history.state.draft) load(url, 'replace', false);
    else load(url, url === window.location.href ? 'none' : 'push', false);
  };

  // After a link: focus the link at the same place, else the first result.
  const refocus = (link) => {
    const holder = link.parentElement.closest('[id]');
    const index = holder ? [...holder.querySelectorAll('a')].indexOf(link) : -1;
    return () => {
      const again = link.rel !== 'next' && holder && document.getElementById(holder.id);
      const links = again ? again.querySelectorAll('a') : [];
      const target = links[Math.min(index, links.length - 1)] || region.querySelector('#results a') || input;
      target.focus();
    };
  };

  if (!history.state) history.replaceState({ search: true, draft: false }, '');
  // While an input method composes, the text is not yet what the person means.
  const changed = (event) => {
    if (event.isComposing) return;
    clearTimeout(typing);
    typing = setTimeout(() => {
      typed();
      suggestions.update(input.value);
    }, PAUSE_MS);
  };
  input.addEventListener('input', changed);
  input.addEventListener('compositionend', changed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  region.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0
      || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin || url.pathname !== new URL(form.action).pathname) return;
    event.preventDefault();
    load(url.href, 'push', false, refocus(link));
  });
  // A form in the results (sort by distance) searches like a link.
  region.addEventListener('submit', (event) => {
    event.preventDefault();
    load(formUrl(event.target), 'push', false);
  });
  window.addEventListener('popstate', (event) => {
    if (!event.state || !event.state.search) return;
    suggestions.close();
    load(window.location.href, 'none', event.state.draft);
  });
}
