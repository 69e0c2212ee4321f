/** `matrix`: the built CLI's Markdown, JSON and self-contained HTML, the latter checked in headless Chromium. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runNode } from './support/built';
import { chromiumReady, loadAndEvaluate } from './support/chromium';
import { tempDir } from './support/synth';

/** In the page: the text and posture of the cell at (region row, vendor column), found through the visible header. */
const CELL_PROBE = (region: string, header: string) => `(() => {
  const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const col = headers.indexOf(${JSON.stringify(header)});
  const row = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th').textContent.trim() === ${JSON.stringify(region)});
  const cell = row && col >= 0 ? row.children[col] : null;
  return {
    col,
    text: cell ? cell.textContent.trim() : null,
    posture: cell ? cell.getAttribute('data-posture') : null,
    background: cell ? getComputedStyle(cell).backgroundColor : null,
    visible: cell ? cell.getBoundingClientRect().height > 0 : false,
    legend: document.body.innerText.includes('Legend'),
    external: document.querySelectorAll('link[href], script, img, iframe').length,
    rows: document.querySelectorAll('tbody tr').length,
  };
})()`;

describe('matrix', () => {
  test('markdown: regions × vendors with postures and markers', () => {
    const r = runNode('bin/cli.js', ['matrix']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('| '));
    const header = lines[0].split('|').map((c) => c.trim());
    const cell = (region: string, vendor: string) => lines.find((l) => l.startsWith(`| ${region} |`))!.split('|').map((c) => c.trim())[header.indexOf(vendor)];
    expect(cell('ap-east-1', 'Anthropic')).toBe('block');
    expect(cell('ap-southeast-1', 'Anthropic')).toBe('audit');
    expect(cell('us-east-1', 'OpenAI')).toMatch(/^mixed .*api: allow/);
    expect(cell('ap-southeast-1', 'Hugging Face')).toMatch(/‡/); // CIDR-scoped exception
    expect(cell('eu-west-2', 'Perplexity')).toMatch(/‡/); // region-wide exception
    expect(r.stdout).toMatch(/Legend/);
  });

  test('json with products', () => {
    const r = runNode('bin/cli.js', ['matrix', '--products', '--format', 'json']);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout);
    const col = m.columns.findIndex((c: { vendorId: string; productId: string }) => c.vendorId === 'openai' && c.productId === 'api');
    const row = (region: string) => m.rows.find((x: { region: string }) => x.region === region);
    expect(row('us-east-1').cells[col].posture).toBe('allow');
    expect(row('ap-east-1').cells[col].posture).toBe('block');
  });

  test('usage errors exit 2', () => {
    expect(runNode('bin/cli.js', ['matrix', '--format', 'pdf']).status).toBe(2);
    expect(runNode('bin/cli.js', ['matrix', '--bogus']).status).toBe(2);
  });

  const browser = chromiumReady() ? test : test.skip;
  browser('html: one self-contained, deterministic page that Chromium renders without console errors', async () => {
    const dir = tempDir('matrix');
    const file = path.join(dir, 'matrix.html');
    const r = runNode('bin/cli.js', ['matrix', '--format', 'html', '--out', file]);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    // Same inputs, same bytes.
    expect(runNode('bin/cli.js', ['matrix', '--format', 'html']).stdout).toBe(html);
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/i);

    const { value, errors } = await loadAndEvaluate(pathToFileURL(file).href, CELL_PROBE('ap-east-1', 'Anthropic'));
    expect(errors).toEqual([]);
    const v = value as Record<string, unknown>;
    expect(v.col).toBeGreaterThan(0);
    expect(v.text).toBe('block');
    expect(v.posture).toBe('block');
    expect(v.visible).toBe(true);
    expect(v.background).not.toBe('rgba(0, 0, 0, 0)'); // the inline CSS colours it
    expect(v.legend).toBe(true);
    expect(v.external).toBe(0);
    expect(v.rows).toBe(4);

    // Products view: Anthropic's API column in Hong Kong is blocked too.
    const productsFile = path.join(dir, 'products.html');
    expect(runNode('bin/cli.js', ['matrix', '--products', '--format', 'html', '--out', productsFile]).status).toBe(0);
    const products = await loadAndEvaluate(pathToFileURL(productsFile).href, CELL_PROBE('ap-east-1', 'Anthropic / Claude API'));
    expect(products.errors).toEqual([]);
    expect((products.value as Record<string, unknown>).text).toBe('block');
  });

  browser('the harness does see console errors (so the assertion above is not vacuous)', async () => {
    const file = path.join(tempDir('matrix'), 'broken.html');
    fs.writeFileSync(file, '<!DOCTYPE html><title>x</title><script>console.error("boom"); null.x;</script>');
    const { errors } = await loadAndEvaluate(pathToFileURL(file).href, '1');
    expect(errors.some((e) => e.includes('boom'))).toBe(true);
    expect(errors.some((e) => e.startsWith('exception'))).toBe(true);
  });
});
