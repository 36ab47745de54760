import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api-session';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { buildPeople, daysAgo, enableCaseRecording, recordPeople, type RecordIds } from './support/linked-records';
import { signInAs } from './support/sign-in';

const ADMIN_EMAIL = 'admin@demo.ctip.invalid';

describe.skipIf(!canRunBrowserTests())('record linkage in the browser', () => {
  let harness: BrowserHarness;
  let recorded: RecordIds[];

  beforeAll(async () => {
    harness = await startBrowserHarness();
    // Two organisations without demo cases record the same three people, and a few others.
    const admin = await ApiSession.signIn(harness.url, ADMIN_EMAIL);
    await enableCaseRecording(admin, ['police', 'hotline']);
    const people = buildPeople([
      { lists: ['police', 'hotline'], count: 3 },
      { lists: ['police'], count: 3 },
      { lists: ['hotline'], count: 3 },
    ]);
    recorded = await recordPeople(harness.url, people, daysAgo(20));
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('starts a run, follows it to the end, confirms a pair from the queue and undoes the match', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await signInAs(page, harness.url, ADMIN_EMAIL);

    // Administration → Record linkage, through the navigation.
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Administration' }).click();
    await navigation.getByRole('link', { name: 'Record linkage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record linkage' }).waitFor();

    // Start a run that trains a new model; the progress bar follows it until it completes.
    const started = page.waitForResponse((response) => response.url().endsWith('/api/linkage/runs') && response.request().method() === 'POST');
    await page.getByRole('radio', { name: 'Train a new model' }).check();
    await page.getByRole('button', { name: 'Start run' }).click();
    expect((await started).status()).toBe(202);
    const progress = page.getByRole('progressbar', { name: 'Progress of the linkage run' });
    await progress.waitFor();
    await page.getByText('The run is complete').waitFor({ timeout: 120_000 });
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    await expect(page.getByTestId('linkage-run-progress').textContent()).resolves.toMatch(/found \d+ likely matches/);
    // The recent runs list the run as completed.
    await page.getByRole('cell', { name: 'Completed' }).waitFor();

    // The model: comparisons and levels with m, u and the weight, and its version.
    await page.getByRole('navigation', { name: 'Record linkage pages' }).getByRole('link', { name: 'Model' }).click();
    await page.getByTestId('linkage-model-version').waitFor();
    await expect(page.getByTestId('linkage-model-version').textContent()).resolves.toMatch(/^Version 1, trained on \d+ records/);
    const modelTable = page.getByTestId('linkage-model-table');
    for (const comparison of ['Name', 'Date of birth', 'Sex', 'Nationality', 'Home province']) {
      await modelTable.getByText(comparison, { exact: true }).first().waitFor();
    }
    await modelTable.getByRole('cell', { name: 'exactly the same' }).first().waitFor();

    // The review queue: the strongest pair first, both records side by side, and the reasons.
    await page.getByRole('navigation', { name: 'Record linkage pages' }).getByRole('link', { name: 'Review queue' }).click();
    const pair = page.getByTestId('review-pair');
    await pair.waitFor();
    await expect(pair.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/^Pair 1 of \d+$/);
    expect(await pair.getByTestId('review-record').count()).toBe(2);
    await pair.getByRole('region', { name: 'Record A' }).getByText('On the list of').waitFor();
    const reasons = pair.getByTestId('contribution-bars');
    for (const comparison of ['Name', 'Date of birth', 'Sex']) await reasons.getByText(new RegExp(`^${comparison}: `)).first().waitFor();
    await pair.getByRole('button', { name: /Confirm: same person/ }).waitFor();
    await pair.getByRole('button', { name: /Reject: different people/ }).waitFor();

    // Next (j) and previous (k) move along the queue.
    const firstCandidate = await pair.getAttribute('data-candidate-id');
    const total = Number(/of (\d+)/.exec((await pair.getByRole('heading', { level: 2 }).textContent()) ?? '')?.[1]);
    if (total > 1) {
      await page.keyboard.press('j');
      await page.waitForFunction((id) => document.querySelector('[data-testid="review-pair"]')?.getAttribute('data-candidate-id') !== id, firstCandidate);
      await page.keyboard.press('k');
      await page.waitForFunction((id) => document.querySelector('[data-testid="review-pair"]')?.getAttribute('data-candidate-id') === id, firstCandidate);
    }

    // Confirm the pair shown with the keyboard (c): it leaves the queue.
    const confirmed = page.waitForResponse((response) => response.url().endsWith(`/api/linkage/candidates/${firstCandidate}/confirm`));
    await page.keyboard.press('c');
    expect((await confirmed).status()).toBe(200);
    await page.getByText(/^Linked: .+ are the same person\.$/).waitFor();
    if (total > 1) {
      await page.waitForFunction((id) => document.querySelector('[data-testid="review-pair"]')?.getAttribute('data-candidate-id') !== id, firstCandidate);
    } else {
      await page.getByText('Nothing to review').waitFor();
    }

    // Confirmed matches: who confirmed it and when, and an undo behind a confirmation dialog.
    await page.getByRole('navigation', { name: 'Record linkage pages' }).getByRole('link', { name: 'Confirmed matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Confirmed matches' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Demo administrator' });
    await row.getByText('Linked', { exact: true }).waitFor();
    await row.getByRole('button', { name: /^Undo the match of / }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this match?' });
    await dialog.waitFor();
    const undone = page.waitForResponse((response) => /\/api\/linkage\/matches\/[^/]+\/undo$/.test(response.url()));
    await dialog.getByRole('button', { name: 'Undo' }).click();
    expect((await undone).status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Undone', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Undo the match of / }).count()).toBe(0);

    // The undone pair is now among the rejected ones, not back in the queue.
    await page.getByRole('navigation', { name: 'Record linkage pages' }).getByRole('link', { name: 'Review queue' }).click();
    await page.getByRole('radiogroup', { name: 'Which pairs' }).getByText('Rejected').click();
    await page.waitForFunction((id) => document.querySelector('[data-testid="review-pair"]')?.getAttribute('data-candidate-id') === id, firstCandidate);

    // The synthetic people the test recorded were among those compared.
    expect(recorded.filter((ids) => ids.police && ids.hotline).length).toBe(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps record linkage from administrators of other organisations', async () => {
    const { context, page, requests } = await harness.newRecordedPage();
    await signInAs(page, harness.url, 'shelter-admin@demo.ctip.invalid');
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    await navigation.getByRole('button', { name: 'Administration' }).click();
    await navigation.getByRole('link', { name: 'Users' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Record linkage' }).count()).toBe(0);
    await page.goto(`${harness.url}/admin/linkage/review`);
    await page.getByText('This page is not available to your account').waitFor();
    expect(requests.some((url) => url.includes('/api/linkage/'))).toBe(false);
    await context.close();
  });
});
