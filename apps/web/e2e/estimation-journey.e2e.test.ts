import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiSession } from './support/api-session';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { buildPeople, confirmSamePersonPairs, daysAgo, enableCaseRecording, recordPeople, runLinkageThroughApi } from './support/linked-records';
import { signInAs } from './support/sign-in';

const ADMIN_EMAIL = 'admin@demo.ctip.invalid';
const ANALYST_EMAIL = 'analyst@demo.ctip.invalid';
// The organisations of the three lists: none keeps demo cases, so the lists hold only the test's people.
const LIST_ORGANISATIONS = ['Provincial Anti-Human Trafficking Police Office', 'Mekong Hope Hotline', 'Embassy of Indonesia'];

/** Keeps only the lists whose label names one of the organisations, removing the others from the form. */
async function keepListsOf(page: Page, organisations: readonly string[]): Promise<void> {
  for (;;) {
    const lists = page.getByTestId('estimation-list');
    const labels = await lists.evaluateAll((cards) => cards.map((card) => (card.querySelector('input') as HTMLInputElement | null)?.value ?? ''));
    const index = labels.findIndex((label) => !organisations.some((name) => label.includes(name.slice(0, 20))));
    if (index < 0) return;
    await lists.nth(index).getByRole('button', { name: `Remove list ${index + 1}` }).click();
  }
}

describe.skipIf(!canRunBrowserTests())('estimating the hidden number in the browser', () => {
  let harness: BrowserHarness;
  let confirmedPairs = 0;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    // Three organisations record overlapping people; linkage finds them and an administrator
    // confirms the pairs, so each person counts once across the lists.
    const admin = await ApiSession.signIn(harness.url, ADMIN_EMAIL);
    await enableCaseRecording(admin, ['police', 'hotline', 'embassy']);
    const people = buildPeople([
      { lists: ['police', 'hotline', 'embassy'], count: 1 },
      { lists: ['police', 'hotline'], count: 3 },
      { lists: ['police', 'embassy'], count: 2 },
      { lists: ['hotline', 'embassy'], count: 2 },
      { lists: ['police'], count: 6 },
      { lists: ['hotline'], count: 5 },
      { lists: ['embassy'], count: 4 },
    ]);
    const recorded = await recordPeople(harness.url, people, daysAgo(20));
    await runLinkageThroughApi(admin);
    confirmedPairs = await confirmSamePersonPairs(admin, recorded);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('runs an estimate over three lists, shows the estimate, the cautions and the table, then the cautions in Khmer', async () => {
    expect(confirmedPairs).toBeGreaterThan(0);
    const { context, page, requests } = await harness.newRecordedPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await signInAs(page, harness.url, ANALYST_EMAIL);

    // Analysis → Hidden number; the last twelve months are chosen and their organisations listed.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Hidden number' }).click();
    await page.getByRole('heading', { level: 1, name: 'The hidden number of victims' }).waitFor();
    const sources = page.getByRole('table', { name: 'Organisations with case records in the period' });
    for (const name of LIST_ORGANISATIONS) await sources.getByText(name).first().waitFor();

    // One list per organisation, then keep the three of the test.
    await page.getByRole('button', { name: 'One list per organisation' }).click();
    await keepListsOf(page, LIST_ORGANISATIONS);
    expect(await page.getByTestId('estimation-list').count()).toBe(3);

    // Stepwise with a bootstrap (the defaults); the spinner shows while the server works.
    await expect(page.getByRole('radio', { name: /^Stepwise/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Bootstrap replicates' }).inputValue()).resolves.toBe('1,000');
    const created = page.waitForResponse((response) => response.url().endsWith('/api/estimation/estimates') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Estimate', exact: true }).click();
    const createdResponse = await created;
    expect(createdResponse.status()).toBe(201);
    const estimate = (await createdResponse.json()) as { id: string; headline: { estimate: number }; observedTotal: number; lists: unknown[]; table: unknown[] };
    expect(estimate.lists.length).toBe(3);

    // The result: the headline figure, the published range, the cautions, the intervals and the table.
    await page.getByRole('heading', { level: 1, name: /^Hidden number, / }).waitFor();
    const headline = page.getByTestId('estimate-headline');
    await expect(headline.getByTestId('estimate-value').textContent()).resolves.toBe(Math.round(estimate.headline.estimate).toLocaleString('en-GB'));
    await headline.getByText(`Seen on at least one list: ${estimate.observedTotal.toLocaleString('en-GB')}`).waitFor();
    const cautions = page.getByTestId('estimate-cautions');
    await cautions.getByText('Read this figure with care').waitFor();
    await cautions.getByText('A closed population.').waitFor();
    await cautions.getByText('Linkage quality.').waitFor();
    await cautions.getByText('Lists depend on each other.').waitFor();
    expect(await cautions.locator('[data-caveat]').count()).toBeGreaterThanOrEqual(3);
    const table = page.getByTestId('contingency-table');
    for (const label of ['Provincial', 'Hotline', 'Embassy']) await table.getByRole('columnheader', { name: new RegExp(label) }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(estimate.table.length + 2);
    await table.getByText('On no list (estimated)').waitFor();
    await page.getByTestId('intervals-table').getByText('Bootstrap (BCa)').first().waitFor();
    await page.getByTestId('interval-chart').locator('svg').waitFor();
    await page.getByTestId('overlap-matrix').waitFor();
    await page.getByRole('link', { name: 'Download the table (CSV)' }).waitFor();

    // Khmer: the cautions are said in Khmer.
    await page.getByRole('radiogroup', { name: 'Interface language' }).getByText('ខ្មែរ').click();
    await page.waitForFunction(() => document.documentElement.lang === 'km');
    await cautions.getByText('សូមអានតួលេខនេះដោយប្រុងប្រយ័ត្ន').waitFor();
    await cautions.getByText('ប្រជាជនបិទជិត។').waitFor();
    await cautions.getByText('គុណភាពនៃការភ្ជាប់កំណត់ត្រា។').waitFor();
    expect(await cautions.textContent()).not.toMatch(/closed population/i);
    await table.getByText('មិននៅក្នុងបញ្ជីណាមួយ (ប៉ាន់ស្មាន)').waitFor();

    // The published figure: the rounded range and the overlaps, small numbers suppressed.
    await page.getByRole('link', { name: 'បើកតួលេខសម្រាប់ផ្សព្វផ្សាយ' }).first().click();
    await page.getByTestId('published-figure').waitFor();
    const matrix = page.getByTestId('overlap-matrix');
    await matrix.getByText(/^តិចជាង /).first().waitFor();
    expect(requests.some((url) => url.endsWith(`/api/estimation/estimates/${estimate.id}/published`))).toBe(true);

    // Every request of the journey went to ctip itself (the chart is bundled, not fetched).
    const origin = new URL(harness.url).origin;
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets anyone signed in open the published figure, but not the estimate itself', async () => {
    const analyst = await ApiSession.signIn(harness.url, ANALYST_EMAIL);
    const { items } = await analyst.expectOk<{ items: Array<{ id: string }> }>('GET', '/api/estimation/estimates');
    expect(items.length).toBeGreaterThan(0);
    const id = items[0]!.id;
    const { context, page } = await harness.newRecordedPage();
    await signInAs(page, harness.url, 'caseworker@demo.ctip.invalid');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Hidden number' }).count()).toBe(0);
    await page.goto(`${harness.url}/published-estimates/${id}`);
    await page.getByTestId('published-figure').waitFor();
    await page.getByTestId('overlap-matrix').getByText('fewer than 11').first().waitFor();
    await page.goto(`${harness.url}/analysis/hidden-number/${id}`);
    await page.getByText('This page is not available to your account').waitFor();
    await context.close();
  });
});
