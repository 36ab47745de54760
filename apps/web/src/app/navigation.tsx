import { NavLink, ScrollArea, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { SessionInfo } from '@ctip/contracts';
import { activePagePath, isPageActive, visiblePages, type AppModule } from './app-module';

/** Props of {@link Navigation}. */
export interface NavigationProps {
  modules: AppModule[];
  session: SessionInfo;
  onNavigate(): void;
}

/**
 * The navigation by module, showing only what the user's roles can use. A module with one page
 * is one link; a module with several is a group that opens on the current page.
 */
export function Navigation({ modules, session, onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const activePath = activePagePath(modules.flatMap((module) => visiblePages(module, session)), pathname);
  return (
    <ScrollArea component="nav" aria-label={t('common:navigation.label')} type="auto">
      <Stack gap={2} p="xs">
        {modules.map((module) => {
          const pages = visiblePages(module, session);
          if (pages.length === 0) return null;
          const ModuleIcon = module.icon;
          if (pages.length === 1 && pages[0]) {
            const page = pages[0];
            const isActive = page.path === activePath;
            return (
              <NavLink
                key={module.id}
                component={Link}
                to={page.path}
                label={t(page.labelKey)}
                leftSection={<ModuleIcon size={18} aria-hidden />}
                active={isActive}
                aria-current={isActive ? 'page' : undefined}
                onClick={onNavigate}
              />
            );
          }
          return (
            <NavigationGroup key={module.id} label={t(module.labelKey)} icon={<ModuleIcon size={18} aria-hidden />} isInitiallyOpen={pages.some((page) => isPageActive(page, pathname))}>
              {pages.map((page) => {
                const PageIcon = page.icon;
                const isActive = page.path === activePath;
                return (
                  <NavLink
                    key={page.path}
                    component={Link}
                    to={page.path}
                    label={t(page.labelKey)}
                    leftSection={<PageIcon size={16} aria-hidden />}
                    active={isActive}
                    aria-current={isActive ? 'page' : undefined}
                    onClick={onNavigate}
                  />
                );
              })}
            </NavigationGroup>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}

/** A module with several pages: a button (with its open state announced) over the pages' links. */
function NavigationGroup({ label, icon, isInitiallyOpen, children }: { label: string; icon: ReactNode; isInitiallyOpen: boolean; children: ReactNode }) {
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  return (
    <NavLink
      // A real button (not an anchor without href) so the group opens from the keyboard.
      component="button"
      type="button"
      label={label}
      leftSection={icon}
      opened={isOpen}
      onChange={setIsOpen}
      aria-expanded={isOpen}
      childrenOffset={28}
    >
      {children}
    </NavLink>
  );
}
