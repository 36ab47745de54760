import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './support/browser-harness';
import { canRunBrowserTests } from './support/environment';
import { DEMO_PASSWORD } from './support/sign-in';
import { totpCode } from './support/totp';

const ADMIN_EMAIL = 'admin@demo.ctip.invalid';
const NEW_PASSWORD = 'a long passphrase chosen for this browser test';

describe.skipIf(!canRunBrowserTests())('signing in outside demo mode', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await startBrowserHarness({ isDemoModeOffAfterSeeding: true });
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('makes an administrator change the published password and enrol a second factor, then asks for it', async () => {
    const { context, page, requests } = await harness.newRecordedPage();
    await page.goto(`${harness.url}/admin/users`);

    // Password.
    await page.getByRole('textbox', { name: 'Email address' }).fill(ADMIN_EMAIL);
    await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // The published password must be replaced; a mismatch is caught before sending.
    await page.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    await page.getByRole('textbox', { name: 'Current password' }).fill(DEMO_PASSWORD);
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('textbox', { name: 'New password again' }).fill(`${NEW_PASSWORD}!`);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByRole('textbox', { name: 'New password again' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();

    // Enrolment: the QR code is drawn in the page (a data: image), the key is shown as text.
    await page.getByRole('heading', { level: 1, name: 'Set up your second factor' }).waitFor();
    await page.getByRole('button', { name: 'Show my setup code' }).click();
    const qrCode = page.getByRole('img', { name: 'QR code to add ctip to an authenticator app' });
    await qrCode.waitFor();
    expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByRole('textbox', { name: 'Setup key' }).inputValue()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A wrong code is refused on its field; the right one is accepted.
    const wrongCode = totpCode(secret) === '000000' ? '111111' : '000000';
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(wrongCode);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('The code is not right.').waitFor();
    await page.getByRole('textbox', { name: 'Code from the app' }).fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();

    // Recovery codes, once, and only after confirming they are saved.
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    const recoveryCodes = await page.getByTestId('recovery-code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    const continueButton = page.getByRole('button', { name: 'Continue' });
    expect(await continueButton.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
    await continueButton.click();

    // The deep link opens once signing in is done.
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');

    // Sign out and in again: now the second factor is asked for; a recovery code works once.
    await page.getByRole('button', { name: /Account menu of/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('textbox', { name: 'Email address' }).fill(ADMIN_EMAIL);
    await page.getByRole('textbox', { name: 'Password' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Second factor' }).waitFor();
    await page.getByRole('button', { name: /use a recovery code/ }).click();
    await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welcome,/ }).waitFor();
    await expect(page.getByTestId('demo-banner').count()).resolves.toBe(0);

    // Nothing of it is kept in browser storage, and nothing left the origin (the QR code included).
    const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));
    for (const secretValue of [secret, ...recoveryCodes, NEW_PASSWORD]) expect(stored).not.toContain(secretValue);
    const origin = new URL(harness.url).origin;
    expect(requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)).toEqual([]);
    await context.close();
  });
});
