// The site's only script, progressive enhancement: every page works without it. It is plain
// ES2020 served as a file (the CSP allows no inline script), written without template literals so
// that it can live in this TypeScript string.
export const APP_SCRIPT = `'use strict';
document.documentElement.classList.add('js');

// Autocomplete on every search field: a WAI-ARIA 1.2 combobox (input + listbox) fed by
// GET /api/v1/suggest, in the page's language; the form submits as before.
(function () {
  var lang = document.documentElement.lang === 'fr' ? 'fr' : 'en';
  var TEXT = {
    en: {
      list: 'Suggestions',
      none: 'No suggestions.',
      some: function (n) { return (n === 1 ? '1 suggestion' : n + ' suggestions') + ' available: use the up and down arrow keys to choose, Enter to search.'; },
      datasets: function (n) { return n === 1 ? '1 dataset' : n + ' datasets'; }
    },
    fr: {
      list: 'Suggestions',
      none: 'Aucune suggestion.',
      some: function (n) { return (n === 1 ? '1 suggestion offerte' : n + ' suggestions offertes') + '\u00a0: choisissez avec les flèches haut et bas, puis Entrée pour chercher.'; },
      datasets: function (n) { return n < 2 ? n + ' jeu de données' : n + ' jeux de données'; }
    }
  }[lang];
  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var LIMIT = 8;
  var instances = 0;

  function setup(input) {
    var id = 'suggest-' + (++instances);
    var wrapper = document.createElement('div');
    wrapper.className = 'combobox';
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var list = document.createElement('ul');
    list.id = id + '-list';
    list.className = 'suggest-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', TEXT.list);
    list.hidden = true;
    wrapper.appendChild(list);
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    wrapper.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;
    var announced = '';

    function announce(text) {
      if (text === announced) return;
      announced = text;
      status.textContent = text;
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      setActive(-1);
    }
    function open() {
      if (items.length === 0) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function setActive(index) {
      active = index;
      var options = list.children;
      for (var i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      if (index < 0) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      input.setAttribute('aria-activedescendant', options[index].id);
      if (options[index].scrollIntoView) options[index].scrollIntoView({ block: 'nearest' });
    }
    function render(suggestions) {
      items = suggestions;
      while (list.firstChild) list.removeChild(list.firstChild);
      for (var i = 0; i < suggestions.length; i++) {
        var option = document.createElement('li');
        option.id = id + '-option-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-index', String(i));
        var text = document.createElement('span');
        text.className = 'suggest-text';
        text.textContent = suggestions[i].text;
        var count = document.createElement('span');
        count.className = 'suggest-count';
        count.textContent = TEXT.datasets(suggestions[i].count);
        option.appendChild(text);
        option.appendChild(count);
        list.appendChild(option);
      }
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (suggestions.length > 0) {
        open();
        announce(TEXT.some(suggestions.length));
      } else {
        close();
        announce(TEXT.none);
      }
    }
    function fetchSuggestions() {
      var q = input.value.trim();
      if (pending) pending.abort();
      pending = null;
      if (q.length < MIN_LENGTH) {
        items = [];
        close();
        announce('');
        return;
      }
      var controller = typeof AbortController === 'function' ? new AbortController() : null;
      pending = controller;
      var url = '/api/v1/suggest?q=' + encodeURIComponent(q) + '&lang=' + lang + '&limit=' + LIMIT;
      fetch(url, { headers: { accept: 'application/json' }, signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (body) {
          // An answer to an older prefix is dropped: the field has moved on.
          if (input.value.trim() !== q || document.activeElement !== input) return;
          render(Array.isArray(body.suggestions) ? body.suggestions : []);
        })
        .catch(function () { /* offline or aborted: the form works without suggestions */ });
    }
    function choose(index) {
      var item = items[index];
      if (!item) return;
      input.value = item.text;
      close();
      var form = input.form;
      if (!form) return;
      if (typeof form.requestSubmit === 'function') form.requestSubmit();
      else form.submit();
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        if (items.length === 0) return;
        event.preventDefault();
        if (!expanded) { open(); setActive(0); } else setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === 'ArrowUp' || event.key === 'Up') {
        if (items.length === 0) return;
        event.preventDefault();
        if (!expanded) { open(); setActive(items.length - 1); } else setActive(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter') {
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === 'Escape' || event.key === 'Esc') {
        // The first Escape closes the list and keeps the text (a search field would clear it).
        if (expanded) {
          event.preventDefault();
          close();
        }
      } else if (event.key === 'Tab') {
        close();
      }
    });
    input.addEventListener('blur', function () { close(); });
    // Pressing an option must not take the focus from the field.
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var option = event.target && event.target.closest ? event.target.closest('[role="option"]') : null;
      if (option) choose(Number(option.getAttribute('data-index')));
    });
  }

  var fields = document.querySelectorAll('input[name="q"]');
  for (var i = 0; i < fields.length; i++) {
    if (fields[i].type !== 'hidden' && !fields[i].hasAttribute('role')) setup(fields[i]);
  }
})();
`;
