// The HTML report's script, inlined into every page (src/tools/embed_html_assets.py).
// Everything it needs is already in the markup (data-* hooks); it never builds markup from
// text, so nothing from an input can become code here. Its hash is in the page's CSP.
'use strict';
(() => {
  const doc = document;
  const all = (sel, root) => Array.from((root || doc).querySelectorAll(sel));
  doc.documentElement.classList.replace('nojs', 'js');

  // Indexes over the hooks, built once.
  const factEl = new Map();
  const groupEls = new Map();
  for (const el of all('[data-fact]')) {
    factEl.set(el.dataset.fact, el);
    const g = el.dataset.group;
    if (g) {
      if (!groupEls.has(g)) groupEls.set(g, []);
      groupEls.get(g).push(el);
    }
  }
  const table = doc.getElementById('findings-table');
  const tbody = table ? table.tBodies[0] : null;
  const rows = tbody ? all('tr[data-finding]', tbody) : [];
  const findingsOfFact = new Map();
  for (const row of rows) {
    for (const id of row.dataset.facts.split(' ')) {
      if (!id) continue;
      if (!findingsOfFact.has(id)) findingsOfFact.set(id, []);
      findingsOfFact.get(id).push(row);
    }
  }

  // Hovering or focusing a fact (or its mention in a finding) outlines its whole group.
  let lit = [];
  const light = (el) => {
    for (const e of lit) e.classList.remove('grp');
    lit = [];
    if (!el) return;
    const id = el.dataset.fact || el.dataset.ref;
    const fact = factEl.get(id);
    if (!fact) return;
    lit = fact.dataset.group ? groupEls.get(fact.dataset.group) : [fact];
    for (const e of lit) e.classList.add('grp');
  };
  const hookOf = (t) => (t instanceof Element ? t.closest('[data-fact],[data-ref]') : null);
  doc.addEventListener('mouseover', (e) => light(hookOf(e.target)));
  doc.addEventListener('focusin', (e) => light(hookOf(e.target)));

  // Selecting a finding: mark the facts it compares, show its row.
  let active = null;
  let marked = [];
  let wanted = [];
  const select = (row, scrollList) => {
    for (const e of marked) e.removeAttribute('aria-current');
    for (const e of wanted) e.classList.remove('want');
    for (const e of all('tr.target')) e.classList.remove('target');
    if (active) active.classList.remove('active');
    marked = [];
    wanted = [];
    active = row;
    if (!row) return;
    row.classList.add('active');
    const withFact = new Set();
    for (const id of row.dataset.facts.split(' ')) {
      const el = factEl.get(id);
      if (!el) continue;
      el.setAttribute('aria-current', 'true');
      marked.push(el);
      const cell = el.closest('td[data-doc]');
      if (cell) withFact.add(cell.dataset.doc);
    }
    const target = doc.getElementById(row.dataset.target);
    if (target) {
      target.classList.add('target');
      // Versions the finding names without a fact of theirs (a missing fact) get a marked cell.
      for (const d of row.dataset.docs.split(' ')) {
        const cell = withFact.has(d) ? null : target.querySelector('td[data-doc="' + d + '"]');
        if (cell) {
          cell.classList.add('want');
          wanted.push(cell);
        }
      }
      // Bring the offending version into view: its fact, or its cell where the fact is missing.
      const offending = row.dataset.docs.split(' ')[0];
      const inColumn = (el) => {
        const cell = el.closest('td[data-doc]');
        return cell !== null && cell.dataset.doc === offending;
      };
      const focus = marked.find(inColumn) || wanted.find(inColumn) ||
        marked.find((el) => el.closest('td[data-doc]')) || target;
      focus.scrollIntoView({block: 'center', inline: 'nearest'});
    }
    if (scrollList) row.scrollIntoView({block: 'nearest'});
  };
  if (tbody) {
    tbody.addEventListener('click', (e) => {
      const row = e.target instanceof Element ? e.target.closest('tr[data-finding]') : null;
      if (!row) return;
      e.preventDefault();
      select(row, false);
    });
  }
  // Clicking a fact that a finding lists selects that finding.
  const grid = doc.getElementById('grid');
  if (grid) {
    grid.addEventListener('click', (e) => {
      const el = e.target instanceof Element ? e.target.closest('[data-fact]') : null;
      const list = el ? findingsOfFact.get(el.dataset.fact) : null;
      if (!list) return;
      const next = list.find((r) => !r.hidden && list.indexOf(active) < list.indexOf(r));
      select(next || list.find((r) => !r.hidden) || list[0], true);
    });
  }

  // Filters: severity, rule, offending version, and the search box.
  const sevBoxes = all('input[data-filter="sev"]');
  const ruleSel = doc.querySelector('select[data-filter="rule"]');
  const langSel = doc.querySelector('select[data-filter="lang"]');
  const search = doc.getElementById('q');
  const shown = doc.getElementById('shown');
  const rowText = new Map();
  const textOf = (el) => {
    if (!rowText.has(el)) rowText.set(el, el.textContent.toLowerCase());
    return rowText.get(el);
  };
  const gridRows = grid ? all('tbody > tr', grid) : [];
  let hits = [];
  const apply = () => {
    const sevs = new Set(sevBoxes.filter((b) => b.checked).map((b) => b.value));
    const rule = ruleSel ? ruleSel.value : '';
    const lang = langSel ? langSel.value : '';
    const q = search ? search.value.trim().toLowerCase() : '';
    let n = 0;
    for (const row of rows) {
      const ok = sevs.has(row.dataset.sev) && (!rule || row.dataset.rule === rule) &&
        (!lang || row.dataset.langs.split(' ')[0] === lang) && (!q || textOf(row).includes(q));
      row.hidden = !ok;
      if (ok) n++;
    }
    if (shown) shown.textContent = n + ' of ' + rows.length;
    for (const r of hits) r.classList.remove('hit');
    hits = q ? gridRows.filter((r) => textOf(r).includes(q)) : [];
    for (const r of hits) r.classList.add('hit');
  };
  for (const el of [...sevBoxes, ruleSel, langSel]) {
    if (el) el.addEventListener('change', apply);
  }
  let hitAt = -1;
  if (search) {
    search.addEventListener('input', () => {
      hitAt = -1;
      apply();
    });
    search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && hits.length) {
        hitAt = (hitAt + (e.shiftKey ? hits.length - 1 : 1)) % hits.length;
        hits[hitAt].scrollIntoView({block: 'center'});
      } else if (e.key === 'Escape') {
        search.value = '';
        apply();
        search.blur();
      }
    });
  }

  // Sorting: by position (the report's order), severity, rule, offending version, message.
  const sevRank = {error: 0, warning: 1, info: 2};
  const keyOf = {
    pos: (r) => Number(r.dataset.pos),
    sev: (r) => sevRank[r.dataset.sev],
    rule: (r) => r.dataset.rule,
    lang: (r) => r.dataset.langs.split(' ')[0],
    msg: (r) => r.querySelector('.msg').textContent,
  };
  let sortKey = 'pos';
  let sortDir = 1;
  for (const btn of all('button[data-sort]')) {
    btn.addEventListener('click', () => {
      const key = btn.dataset.sort;
      sortDir = key === sortKey ? -sortDir : 1;
      sortKey = key;
      const get = keyOf[key];
      const sorted = rows.slice().sort((a, b) => {
        const x = get(a);
        const y = get(b);
        const c = typeof x === 'number' ? x - y : x.localeCompare(y);
        return c * sortDir || Number(a.dataset.pos) - Number(b.dataset.pos);
      });
      for (const r of sorted) tbody.appendChild(r);
      for (const th of all('th[aria-sort]', table)) th.removeAttribute('aria-sort');
      btn.parentElement.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
    });
  }

  // Keyboard: j / k next and previous finding, / search.
  const step = (dir) => {
    const visible = Array.from(tbody ? tbody.rows : []).filter((r) => !r.hidden);
    if (!visible.length) return;
    const at = visible.indexOf(active);
    const next = at < 0 ? (dir > 0 ? 0 : visible.length - 1) : at + dir;
    if (next >= 0 && next < visible.length) select(visible[next], true);
  };
  doc.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    // Keys belong to the field being typed in; a focused button or link does not need them.
    if (t instanceof Element && t.closest('input, select, textarea')) return;
    if (e.key === 'j') step(1);
    else if (e.key === 'k') step(-1);
    else if (e.key === '/' && search) {
      e.preventDefault();
      search.focus();
      search.select();
    } else return;
    e.preventDefault();
  });
  // A folded list (the versions of a large set) is printed unfolded.
  window.addEventListener('beforeprint', () => {
    for (const d of all('details')) d.open = true;
  });
  apply();
})();
