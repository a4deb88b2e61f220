// Browser tests of the HTML report: factlint writes the reports of fixture sets, headless
// Debian chromium (driven by playwright-core) opens them from disk and the tests use the page
// the way a reviewer does, through the hooks the reporter documents (data-finding, data-fact,
// aria-current). Run by run_browser_tests.sh, which installs playwright-core.
'use strict';

const assert = require('node:assert/strict');
const {execFileSync} = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {test, before, after} = require('node:test');

const args = {};
for (let i = 2; i + 1 < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
for (const key of ['factlint', 'root', 'out', 'modules', 'chromium']) {
  if (!args[key]) throw new Error(`missing --${key}`);
}
const {chromium} = require(path.join(args.modules, 'playwright-core'));

const root = path.resolve(args.root);
const out = path.resolve(args.out);
const shots = path.join(out, 'screenshots');
const reports = path.join(out, 'reports');
const seedsDir = path.join(root, '..', 'shared', 'seeds');
const kLoadBudgetMs = 1000;
const kSeedBudgetBytes = 300 * 1024;
const kLaunchArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

let context;
let userDataDir;
/** Every URL any page of the run asked for, and the ones the route refused. */
const requested = [];
const refused = [];
const built = {};

/** Writes the JSON and HTML reports of one fixture set; returns their paths and the report. */
function check(name, inputs) {
  const json = path.join(reports, `${name}.json`);
  const html = path.join(reports, `${name}.html`);
  execFileSync(args.factlint, ['check', '--fail-on', 'never', '--format', 'json', '--output', json,
    '--html', html, ...inputs], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  return {name, json, html, report: JSON.parse(fs.readFileSync(json, 'utf8'))};
}

/** The seed set's inputs, LANG:PATH, from the table in its README (as the seed test reads it). */
function seedInputs() {
  const readme = path.join(seedsDir, 'README.md');
  if (!fs.existsSync(readme)) return null;
  const inputs = [];
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.length === 2 && cells[0].endsWith('.txt')) {
      inputs.push(cells[1].split(/\s+/)[0] + ':' + path.join(seedsDir, cells[0]));
    }
  }
  return inputs;
}

/** Opens a report in a new page, recording console errors, page errors, dialogs and CSP reports. */
async function open(set) {
  const page = await context.newPage();
  const seen = {console: [], errors: [], dialogs: []};
  page.on('console', (m) => {
    if (m.type() === 'error') seen.console.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation',
        (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  const started = Date.now();
  await page.goto('file://' + set.html, {waitUntil: 'load'});
  seen.wallMs = Date.now() - started;
  return {page, seen};
}

function assertQuiet(seen, what) {
  assert.deepEqual(seen.console, [], `${what}: console errors`);
  assert.deepEqual(seen.errors, [], `${what}: uncaught errors`);
  assert.deepEqual(seen.dialogs, [], `${what}: dialogs`);
}

/**
 * Problems with the hooks of one page against its JSON report: columns (pivot first), one row
 * per finding with its fingerprint, one element per fact in its version's column, groups.
 */
async function hookProblems(page, report, pivotLang) {
  return page.evaluate(({report, pivotLang}) => {
    const problems = [];
    const heads = Array.from(document.querySelectorAll('#grid thead th[data-doc]'));
    if (heads.length !== report.documents.length) {
      problems.push(`${heads.length} columns for ${report.documents.length} versions`);
    }
    if (pivotLang && heads.length && heads[0].dataset.lang !== pivotLang) {
      problems.push(`first column is ${heads[0].dataset.lang}, not the pivot ${pivotLang}`);
    }
    const rows = Array.from(document.querySelectorAll('tr[data-finding]'));
    if (rows.length !== report.findings.length) {
      problems.push(`${rows.length} finding rows for ${report.findings.length} findings`);
    }
    report.findings.forEach((f, i) => {
      const row = document.querySelector(`tr[data-finding][data-pos="${i + 1}"]`);
      if (!row || row.dataset.finding !== f.fingerprint) {
        problems.push(`finding ${i + 1} (${f.fingerprint}) is not row ${i + 1}`);
      } else if (row.dataset.facts !== f.facts.join(' ')) {
        problems.push(`finding ${f.fingerprint} lists ${row.dataset.facts}, not ${f.facts}`);
      }
    });
    const docOf = new Map(report.facts.map((f) => [f.id, f.doc]));
    const marks = Array.from(document.querySelectorAll('#grid [data-fact]'));
    if (marks.length !== report.facts.length) {
      problems.push(`${marks.length} fact elements for ${report.facts.length} facts`);
    }
    for (const f of report.facts) {
      const els = document.querySelectorAll(`#grid [data-fact="${f.id}"]`);
      if (els.length !== 1) {
        problems.push(`${els.length} elements for fact ${f.id}`);
        continue;
      }
      const cell = els[0].closest('td[data-doc]');
      if (!cell || cell.dataset.doc !== docOf.get(f.id)) {
        problems.push(`fact ${f.id} is not in the column of ${f.doc}`);
      }
      if (!els[0].classList.contains('k-' + f.kind)) problems.push(`fact ${f.id} lacks k-${f.kind}`);
      if (!document.querySelector(`#legend [data-kind="${f.kind}"]`)) {
        problems.push(`kind ${f.kind} is not in the legend`);
      }
    }
    for (const g of report.groups) {
      for (const id of g.facts) {
        const el = document.querySelector(`#grid [data-fact="${id}"]`);
        if (el && el.dataset.group !== g.id) problems.push(`fact ${id} is not marked as in ${g.id}`);
      }
    }
    return problems;
  }, {report, pivotLang});
}

/** What the page shows after finding `index` (0-based) was clicked. */
async function clickFinding(page, index) {
  await page.locator(`tr[data-finding][data-pos="${index + 1}"] .msg`).click();
  return page.evaluate(() => {
    const marked = Array.from(document.querySelectorAll('[aria-current="true"]'));
    const scroller = document.getElementById('scroller').getBoundingClientRect();
    const pivot = document.querySelector('#grid thead th.pv').getBoundingClientRect();
    return {
      marked: marked.map((el) => ({
        id: el.dataset.fact,
        doc: (el.closest('td[data-doc]') || {dataset: {}}).dataset.doc,
      })),
      // The offending version's fact, or its cell where the fact is missing, is scrolled into
      // the visible part of the grid (not under the sticky pivot column unless it is in it).
      offendingVisible: (() => {
        const row = document.querySelector('tr.finding.active');
        const doc = row.dataset.docs.split(' ')[0];
        const inColumn = (el) => (el.closest('td[data-doc]') || {dataset: {}}).dataset.doc === doc;
        const el = marked.find(inColumn) ||
          Array.from(document.querySelectorAll('#grid td.want')).find(inColumn);
        if (!el) return 'nothing of the offending version is marked';
        const r = el.getBoundingClientRect();
        const inPivot = el.closest('td.pv') !== null;
        const ok = r.top >= scroller.top && r.bottom <= scroller.bottom &&
          r.left >= (inPivot ? scroller.left : pivot.right - 1) && r.right <= scroller.right + 1;
        return ok || `the offending version's mark is at ${JSON.stringify(r)}`;
      })(),
      targets: document.querySelectorAll('#grid tr.target').length,
      active: Array.from(document.querySelectorAll('tr.finding.active')).map((r) => r.dataset.pos),
    };
  });
}

async function assertEveryFindingLinked(page, report) {
  const docOf = new Map(report.facts.map((f) => [f.id, f.doc]));
  for (let i = 0; i < report.findings.length; ++i) {
    const f = report.findings[i];
    const shown = await clickFinding(page, i);
    assert.deepEqual(shown.active, [String(i + 1)], `finding ${i + 1} is the active one`);
    assert.deepEqual(shown.marked.map((m) => m.id).sort(), [...f.facts].sort(),
        `finding ${i + 1} (${f.rule}) marks exactly its facts`);
    for (const m of shown.marked) {
      assert.equal(m.doc, docOf.get(m.id), `fact ${m.id} is marked in its own column`);
    }
    assert.equal(shown.targets, 1, `finding ${i + 1} highlights one row`);
    assert.equal(shown.offendingVisible, true, `finding ${i + 1}: the offending version in view`);
  }
}

before(async () => {
  fs.mkdirSync(shots, {recursive: true});
  fs.mkdirSync(reports, {recursive: true});
  built.chip = check('chip-deal', ['fixtures/sets/chip-deal']);
  built.clean = check('clean-metro', ['fixtures/sets/clean-metro']);
  built.inject = check('inject', ['fixtures/html/inject']);
  built.rtl = check('rtl', ['fixtures/html/rtl']);
  built.thirty = check('thirty', ['fixtures/html/thirty']);
  const seeds = seedInputs();
  if (seeds) built.seeds = check('seeds', seeds);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: args.chromium,
    headless: true,
    args: kLaunchArgs,
    viewport: {width: 1440, height: 900},
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15000);
  context.on('request', (r) => requested.push(r.url()));
  // Anything but the report files themselves is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://' + reports + '/')) return route.continue();
    refused.push(url);
    return route.abort();
  });
});

after(async () => {
  if (context) await context.close();
  if (userDataDir) fs.rmSync(userDataDir, {recursive: true, force: true});
});

test('the same inputs give byte-identical pages', () => {
  const again = path.join(reports, 'chip-deal-again.html');
  execFileSync(args.factlint, ['check', '--fail-on', 'never', '--format', 'json', '--html', again,
    'fixtures/sets/chip-deal'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  assert.ok(fs.readFileSync(again).equals(fs.readFileSync(built.chip.html)));
});

test('the Content-Security-Policy forbids every load and allows only the page\'s script', () => {
  const html = fs.readFileSync(built.chip.html, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(csp, 'a CSP meta tag');
  assert.ok(html.indexOf(csp[0]) < html.indexOf('<style>'), 'the CSP comes before any style');
  const directives = new Map(csp[1].split(';').map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives.get('default-src'), ['\'none\'']);
  const scripts = html.match(/<script>([\s\S]*?)<\/script>/g);
  assert.equal(scripts.length, 1, 'one script element');
  const body = /<script>([\s\S]*?)<\/script>/.exec(html)[1];
  const hash = crypto.createHash('sha256').update(body, 'utf8').digest('base64');
  assert.deepEqual(directives.get('script-src'), [`'sha256-${hash}'`]);
});

test('example set: opens clean, every finding and fact is on the page', async () => {
  const {page, seen} = await open(built.chip);
  assert.deepEqual(await hookProblems(page, built.chip.report, 'en'), []);
  assert.ok(built.chip.report.findings.length > 0, 'the example set has findings');
  await assertEveryFindingLinked(page, built.chip.report);
  assertQuiet(seen, 'chip-deal');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await page.close();
});

test('a set without findings: the page says so, and the keys do nothing harmful', async () => {
  const report = built.clean.report;
  const {page, seen} = await open(built.clean);
  assert.deepEqual(await hookProblems(page, report, 'en'), []);
  if (report.findings.length === 0) {
    assert.ok(await page.getByText('No disagreement found.').isVisible());
  }
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('/');
  await page.keyboard.type('metro');
  await page.keyboard.press('Enter');
  assertQuiet(seen, 'clean-metro');
  await page.close();
});

test('clicking a finding moves the marks from the previous finding\'s facts', async () => {
  const {page, seen} = await open(built.chip);
  const findings = built.chip.report.findings;
  const a = await clickFinding(page, 0);
  const b = await clickFinding(page, findings.length - 1);
  const stale = a.marked.map((m) => m.id).filter((id) => !findings.at(-1).facts.includes(id));
  for (const id of stale) {
    assert.equal(await page.locator(`#grid [data-fact="${id}"]`).getAttribute('aria-current'),
        null, `fact ${id} of the first finding is no longer marked`);
  }
  assert.ok(b.marked.length > 0);
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('findings filter by severity, rule and offending version, and sort', async () => {
  const {page, seen} = await open(built.chip);
  const findings = built.chip.report.findings;
  const visible = () => page.locator('tr[data-finding]:visible').count();
  assert.equal(await visible(), findings.length);
  await page.locator('input[data-filter="sev"][value="warning"]').uncheck();
  assert.equal(await visible(), findings.filter((f) => f.severity !== 'warning').length);
  assert.equal(await page.locator('#shown').textContent(),
      `${findings.filter((f) => f.severity !== 'warning').length} of ${findings.length}`);
  await page.locator('input[data-filter="sev"][value="warning"]').check();
  await page.locator('select[data-filter="rule"]').selectOption('currency-mismatch');
  assert.equal(await visible(), findings.filter((f) => f.rule === 'currency-mismatch').length);
  await page.locator('select[data-filter="rule"]').selectOption('');
  await page.locator('select[data-filter="lang"]').selectOption('sv');
  assert.equal(await visible(), findings.filter((f) => f.langs[0] === 'sv').length);
  await page.locator('select[data-filter="lang"]').selectOption('');
  assert.equal(await visible(), findings.length);

  const rank = {error: 0, warning: 1, info: 2};
  const order = () => page.locator('tr[data-finding]').evaluateAll(
      (rows) => rows.map((r) => r.dataset.sev));
  await page.locator('button[data-sort="sev"]').click();
  const up = (await order()).map((s) => rank[s]);
  assert.deepEqual(up, [...up].sort((x, y) => x - y), 'most severe first');
  await page.locator('button[data-sort="sev"]').click();
  const down = (await order()).map((s) => rank[s]);
  assert.deepEqual(down, [...down].sort((x, y) => y - x), 'least severe first');
  assert.equal(await page.locator('th:has(button[data-sort="sev"])').getAttribute('aria-sort'),
      'descending');
  await page.locator('button[data-sort="pos"]').click();
  assert.deepEqual(await page.locator('tr[data-finding]').evaluateAll(
      (rows) => rows.map((r) => r.dataset.finding)), findings.map((f) => f.fingerprint));
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('keyboard: j and k step through the findings, / searches', async () => {
  const {page, seen} = await open(built.chip);
  const findings = built.chip.report.findings;
  const active = () => page.locator('tr.finding.active').getAttribute('data-pos');
  const marked = () => page.locator('#grid [aria-current="true"]').evaluateAll(
      (els) => els.map((e) => e.dataset.fact).sort());
  await page.keyboard.press('j');
  assert.equal(await active(), '1');
  assert.deepEqual(await marked(), [...findings[0].facts].sort());
  await page.keyboard.press('j');
  assert.equal(await active(), '2');
  assert.deepEqual(await marked(), [...findings[1].facts].sort());
  await page.keyboard.press('k');
  assert.equal(await active(), '1');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.type('Lumetra');
  assert.ok(await page.locator('#grid tr.hit').count() > 0, 'rows containing the text are marked');
  await page.keyboard.press('j');  // typed into the search box, not a step
  assert.equal(await active(), '1');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#grid tr.hit').count(), 0);
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('hovering or focusing a fact outlines its group in every column', async () => {
  const {page, seen} = await open(built.chip);
  const group = built.chip.report.groups.reduce((a, b) => (b.facts.length > a.facts.length ? b : a));
  assert.ok(group.facts.length >= 3, 'a group across three or more versions');
  const outlined = () => page.locator('#grid .fact.grp').evaluateAll(
      (els) => els.map((e) => e.dataset.fact).sort());
  await page.locator(`#grid [data-fact="${group.facts[0]}"]`).hover();
  assert.deepEqual(await outlined(), [...group.facts].sort());
  await page.locator('#h-aligned').hover();
  assert.deepEqual(await outlined(), []);
  await page.locator(`#grid [data-fact="${group.facts[1]}"]`).focus();
  assert.deepEqual(await outlined(), [...group.facts].sort());
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('script-injection fixture: the text is shown as text and nothing runs', async () => {
  const {page, seen} = await open(built.inject);
  assertQuiet(seen, 'inject');
  assert.deepEqual(await hookProblems(page, built.inject.report, 'en'), []);
  const state = await page.evaluate(() => ({
    title: document.title,
    scripts: document.scripts.length,
    active: document.querySelectorAll('#grid script, #grid img, #grid svg, #grid a, #grid style,' +
      ' #grid textarea, #grid title, [onerror], [onload]').length,
    csp: window.__csp,
  }));
  assert.notEqual(state.title, 'pwned');
  assert.equal(state.scripts, 1, 'only the page\'s own script element');
  assert.equal(state.active, 0, 'no element made from the input');
  assert.deepEqual(state.csp, [], 'nothing even tried to load or run');
  for (const text of ['<script>alert(\'script in the headline\')</script>',
    '<img src=x onerror="alert(\'img onerror\')">', 'javascript:alert(\'bare link\')',
    '<a href="javascript:alert(\'anchor\')">this link</a>',
    '</style><script>document.title=\'pwned\'</script>', '<!--',
    '</script></textarea></title><svg onload="alert(\'svg\')">']) {
    const cell = page.locator('#grid td[data-doc]', {hasText: text}).first();
    assert.ok(await cell.isVisible(), `visible as text: ${text}`);
  }
  await assertEveryFindingLinked(page, built.inject.report);
  await page.screenshot({path: path.join(shots, 'inject.png')});
  assertQuiet(seen, 'inject');
  await page.close();
});

test('right-to-left versions read right to left', async () => {
  const {page, seen} = await open(built.rtl);
  assert.deepEqual(await hookProblems(page, built.rtl.report, 'en'), []);
  const dirs = await page.evaluate(() => {
    const byLang = {};
    for (const td of document.querySelectorAll('#grid td[data-doc]')) {
      const lang = td.getAttribute('lang');
      byLang[lang] = byLang[lang] || new Set();
      byLang[lang].add(td.getAttribute('dir') + '/' + getComputedStyle(td).direction);
    }
    return Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, [...v]]));
  });
  for (const lang of ['ar', 'he', 'fa']) assert.deepEqual(dirs[lang], ['rtl/rtl'], lang);
  for (const lang of ['en', 'de']) assert.deepEqual(dirs[lang], ['ltr/ltr'], lang);
  await assertEveryFindingLinked(page, built.rtl.report);
  await clickFinding(page, 0);
  await page.screenshot({path: path.join(shots, 'rtl.png')});
  assertQuiet(seen, 'rtl');
  await page.close();
});

test('30 versions: loads in under a second, the pivot stays while the columns scroll', async () => {
  const loads = [];
  for (let i = 0; i < 3; ++i) {
    const {page, seen} = await open(built.thirty);
    const nav = await page.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return {domContentLoaded: e.domContentLoadedEventEnd, load: e.loadEventEnd};
    });
    loads.push({wallMs: seen.wallMs, ...nav});
    assertQuiet(seen, 'thirty');
    if (i < 2) await page.close();
    else {
      assert.deepEqual(await hookProblems(page, built.thirty.report, 'en'), []);
      const geometry = await page.evaluate(() => {
        const sc = document.getElementById('scroller');
        const before = sc.scrollWidth > sc.clientWidth;
        sc.scrollLeft = sc.scrollWidth;
        const pivot = document.querySelector('#grid thead th.pv').getBoundingClientRect();
        const cell = document.querySelector('#grid tbody td.pv').getBoundingClientRect();
        const rn = document.querySelector('#grid thead th.rn').getBoundingClientRect();
        return {scrolls: before, scrolled: sc.scrollLeft > 0, pivotLeft: pivot.left,
          cellLeft: cell.left, rnRight: rn.right, scLeft: sc.getBoundingClientRect().left};
      });
      assert.ok(geometry.scrolls, 'the 30 columns scroll horizontally');
      assert.ok(geometry.scrolled);
      assert.ok(Math.abs(geometry.pivotLeft - geometry.rnRight) < 1.5, 'the pivot heading stays');
      assert.ok(Math.abs(geometry.cellLeft - geometry.rnRight) < 1.5, 'the pivot column stays');
      assert.ok(Math.abs(geometry.rnRight - geometry.scLeft) < 80, 'beside the row numbers');
      await assertEveryFindingLinked(page, built.thirty.report);
      const uk = built.thirty.report.findings.findIndex((f) => f.langs[0] === 'uk');
      if (uk >= 0) await clickFinding(page, uk);
      await page.screenshot({path: path.join(shots, 'thirty.png')});
      await page.close();
    }
  }
  const ms = (x) => Math.round(x * 10) / 10;
  const sorted = [...loads].sort((a, b) => a.load - b.load);
  const median = sorted[1];
  const figures = {
    bytes: fs.statSync(built.thirty.html).size,
    loads: loads.map((l) => ({wallMs: l.wallMs, domContentLoadedMs: ms(l.domContentLoaded),
      loadMs: ms(l.load)})),
    medianLoadMs: ms(median.load),
    medianWallMs: median.wallMs,
  };
  fs.writeFileSync(path.join(out, 'load-times.json'), JSON.stringify(figures, null, 2) + '\n');
  console.log(`# 30-version report (${figures.bytes} bytes): load event after ` +
    `${figures.loads.map((l) => l.loadMs).join(', ')} ms (median ${figures.medianLoadMs} ms; ` +
    `goto to load ${figures.loads.map((l) => l.wallMs).join(', ')} ms)`);
  assert.ok(median.load < kLoadBudgetMs, `median load ${median.load} ms`);
  assert.ok(median.wallMs < kLoadBudgetMs, `median goto-to-load ${median.wallMs} ms`);
});

test('seed set: under 300 KB, opens clean, every finding linked to its facts', async (t) => {
  if (!built.seeds) {
    t.skip(`the seed set is not here (${seedsDir})`);
    return;
  }
  const bytes = fs.statSync(built.seeds.html).size;
  console.log(`# seed report: ${bytes} bytes`);
  assert.ok(bytes < kSeedBudgetBytes, `${bytes} bytes`);
  const {page, seen} = await open(built.seeds);
  assert.deepEqual(await hookProblems(page, built.seeds.report, 'en'), []);
  await assertEveryFindingLinked(page, built.seeds.report);
  assertQuiet(seen, 'seeds');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await page.close();
});

test('print: the findings come first and the controls are hidden', async () => {
  const {page, seen} = await open(built.chip);
  await page.emulateMedia({media: 'print'});
  const layout = await page.evaluate(() => ({
    findings: document.getElementById('findings').getBoundingClientRect().top,
    summary: document.getElementById('summary').getBoundingClientRect().top,
    aligned: document.getElementById('aligned').getBoundingClientRect().top,
    filters: getComputedStyle(document.getElementById('filters')).display,
    search: getComputedStyle(document.getElementById('q')).display === 'none' ||
      document.getElementById('q').offsetParent === null,
  }));
  assert.ok(layout.findings < layout.summary && layout.summary < layout.aligned, 'findings first');
  assert.equal(layout.filters, 'none');
  assert.ok(layout.search);
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('the documentation screenshot: the example set with its first finding selected', async () => {
  const {page, seen} = await open(built.chip);
  await clickFinding(page, 0);
  await page.locator('tr[data-finding][data-pos="1"]').hover();
  const file = path.join(shots, 'reading-the-report.png');
  await page.screenshot({path: file});
  assert.ok(fs.statSync(file).size > 10000);
  console.log(`# screenshot for docs/images/reading-the-report.png: ${file}`);
  assertQuiet(seen, 'chip-deal');
  await page.close();
});

test('no request left any page', () => {
  assert.deepEqual(refused, [], 'requests the route refused');
  const foreign = requested.filter((u) => !u.startsWith('file://' + reports + '/'));
  assert.deepEqual(foreign, []);
  assert.ok(requested.length >= 1);
});

test('the page\'s CSP blocks loads even when something tries', async () => {
  const {page} = await open(built.chip);
  const result = await page.evaluate(async () => {
    const img = new Image();
    img.src = 'https://example.invalid/pixel.png';
    document.body.appendChild(img);
    let fetched = 'blocked';
    try {
      await fetch('https://example.invalid/data.json');
      fetched = 'loaded';
    } catch (e) {
      fetched = 'blocked';
    }
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true;';
    document.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 200));
    return {fetched, ran: window.__ran === true, violations: window.__csp.length};
  });
  assert.equal(result.fetched, 'blocked');
  assert.equal(result.ran, false, 'an inserted inline script does not run');
  assert.ok(result.violations >= 3, `${result.violations} violations reported`);
  assert.deepEqual(refused, [], 'the browser never asked the network');
  await page.close();
});
