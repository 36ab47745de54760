import type { Page } from 'playwright-core';

/** The published password of every demo account. */
export const DEMO_PASSWORD = 'ctip-demo-password';

/** Signs in through the sign-in form, in English, and waits for the application. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome,/ }).waitFor();
}
