import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/600.css';
import '@fontsource/noto-sans-khmer/700.css';
// Names are written in Thai and Chinese too; these load only the ranges a page uses.
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-sc/400.css';
import './app/global.css';
import 'dayjs/locale/km';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { forgetSession, refreshSession } from './features/auth/session-actions';
import { getSessionSnapshot } from './features/auth/session-store';
import { onUnauthenticated } from './lib/api';
import { initI18n } from './lib/i18n';
import { readStoredLocale } from './lib/locale-storage';

const locale = readStoredLocale();
initI18n(locale);
dayjs.locale(locale);

// A 401 on any request means the session ended (timeout, sign-out elsewhere, an administrator):
// forget every cached record and return to sign-in.
onUnauthenticated(() => {
  if (getSessionSnapshot().status === 'signed_in') forgetSession('expired');
});

void refreshSession().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
