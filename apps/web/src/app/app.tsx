import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { queryClient } from '../lib/query-client';
import { APP_MODULES } from './modules';
import { createAppRouter } from './router';
import { memoryColorSchemeManager, theme } from './theme';

const colorSchemeManager = memoryColorSchemeManager();

/** The application: theme, date pickers in the interface language, notifications, query cache, router. */
export function App() {
  const { i18n } = useTranslation();
  const router = useMemo(() => createAppRouter(APP_MODULES), []);
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="light">
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
