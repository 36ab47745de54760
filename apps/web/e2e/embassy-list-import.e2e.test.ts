import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { watchProblems } from './support/page-problems';
import { signInAs } from './support/sign-in';

// Bulk intake (issue 6) in the browser: an embassy's list goes through the same steps as a case
// register — upload, columns, a dry run that names the bad row, nothing recorded until every row
// passes — and then becomes one report with a person per row.

const HOTLINE_OPERATOR = 'hotline@demo.ctip.invalid';
const HEADER = 'Full name,Sex,Date of birth,Nationality,Passport number,Phone';
const PEOPLE = ['Siti Rahmawati', 'Budi Santoso', 'ជា សុភា'];

describe.skipIf(!canRunBrowserTests())('an embassy list imported as one report, in the browser', () => {
  let harness: BrowserHarness;
  let folder = '';

  beforeAll(async () => {
    harness = await startBrowserHarness();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ctip-embassy-'));
  });

  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await harness?.close();
  });

  it('reports the bad row of a list, then records a clean list as one report with every person', async () => {
    const { context, page } = await harness.newRecordedPage();
    const problems = watchProblems(page);
    await signInAs(page, harness.url, HOTLINE_OPERATOR);

    const badList = path.join(folder, 'bad.csv');
    fs.writeFileSync(badList, `${HEADER}\n${PEOPLE[0]},F,1998-04-02,Indonesia,C1234567,+62 812 5550 101\n${PEOPLE[1]},M,2031-01-01,Indonesia,C7654321,\n`);
    const goodList = path.join(folder, 'good.csv');
    fs.writeFileSync(goodList, `${HEADER}\n${PEOPLE[0]},F,1998-04-02,Indonesia,C1234567,+62 812 5550 101\n${PEOPLE[1]},M,1995,Indonesia,C7654321,\n${PEOPLE[2]},F,,Cambodia,,\n`);

    // From the queue, the way an operator finds it.
    await page.goto(`${harness.url}/intake`);
    await page.getByRole('link', { name: 'Import an embassy list' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Import an embassy list' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(badList);
    await page.getByRole('button', { name: 'Upload and read the columns' }).click();
    await page.getByRole('heading', { name: 'What each column holds' }).waitFor();
    await expect(page.getByRole('textbox', { name: /^Import column E/ }).inputValue()).resolves.toBe('Passport number');
    await page.getByRole('button', { name: 'Run a dry run' }).click();
    await page.getByRole('heading', { name: 'Dry run report' }).waitFor();
    await page.getByText('1 of 2 rows pass').waitFor();
    const report = page.getByRole('table').filter({ hasText: 'Problem' });
    await report.getByRole('row').filter({ hasText: 'This date is in the future.' }).filter({ hasText: 'C · Date of birth' }).waitFor();
    // Nothing can be recorded while a row fails, and the request form is not even offered.
    expect(await page.getByRole('textbox', { name: 'Sent by' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Cancel the import' }).click();
    await page.getByTestId('import-status').filter({ hasText: 'Cancelled' }).waitFor();
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.locator('input[type=file]').setInputFiles(goodList);
    await page.getByRole('button', { name: 'Upload and read the columns' }).click();
    await page.getByRole('button', { name: 'Run a dry run' }).click();
    await page.getByText('3 of 3 rows pass').waitFor();

    // Who sent the list is required before it can be recorded.
    const record = page.getByRole('button', { name: 'Import every row' });
    expect(await record.isDisabled()).toBe(true);
    await page.getByRole('textbox', { name: 'Sent by' }).fill('Embassy of Indonesia, Phnom Penh');
    await page.getByRole('textbox', { name: 'The request' }).fill('Three nationals believed held in a compound; families have lost contact.');
    await record.click();
    await page.getByRole('dialog', { name: 'Record the list as one report?' }).getByRole('button', { name: 'Import every row' }).click();
    await page.getByText(/was recorded with 3 people/).waitFor();

    // The report holds every person of the list, under the embassy-request channel.
    await page.getByTestId('imported-report-link').click();
    await page.waitForURL(/\/intake\/reports\//);
    for (const name of PEOPLE) await page.getByText(name, { exact: true }).first().waitFor();
    await page.getByText('Embassy request').first().waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});
