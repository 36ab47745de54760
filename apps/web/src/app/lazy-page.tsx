import { lazy, Suspense, type ComponentType } from 'react';
import { PageSkeleton } from '../components/page-skeleton';

/**
 * Loads a page's code when it is first opened (a separate chunk from the same origin), with
 * a skeleton meanwhile. `load` resolves to the page component.
 */
export function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Page />
    </Suspense>
  );
}
