import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { LIMITS } from '@ctip/contracts';

/** State of a paged, searchable, filterable list. */
export interface ListState<Filters> {
  page: number;
  pageSize: number;
  /** What is typed in the search box, at once. */
  searchText: string;
  /** The search sent to the server, once typing pauses. */
  search: string;
  filters: Filters;
  setPage(page: number): void;
  setPageSize(pageSize: number): void;
  setSearchText(text: string): void;
  setFilter<Key extends keyof Filters>(key: Key, value: Filters[Key]): void;
  resetFilters(): void;
  /** Whether any search or filter narrows the list (empty results then say "no match", not "none yet"). */
  isFiltered: boolean;
}

/** Whether a filter value narrows a list (a range of two empty ends does not). */
function isNarrowing(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isNarrowing);
  return value !== undefined && value !== null && value !== '';
}

/**
 * Holds a list's page, search and filters in memory (never in the URL or storage: searches may
 * name people). Changing a filter or the search returns to the first page.
 */
export function useListState<Filters extends object>(initialFilters: Filters): ListState<Filters> {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSizeState] = useState<number>(LIMITS.pageSizeDefault);
  const [searchText, setSearchTextState] = useState('');
  const [search] = useDebouncedValue(searchText.trim(), 300);
  const [filters, setFilters] = useState<Filters>(initialFilters);
  const isFiltered = search !== '' || Object.values(filters as Record<string, unknown>).some(isNarrowing);
  return {
    page,
    pageSize,
    searchText,
    search,
    filters,
    setPage,
    setPageSize: (next) => {
      setPageSizeState(next);
      setPage(1);
    },
    setSearchText: (text) => {
      setSearchTextState(text);
      setPage(1);
    },
    setFilter: (key, value) => {
      setFilters((current) => ({ ...current, [key]: value }));
      setPage(1);
    },
    resetFilters: () => {
      setFilters(initialFilters);
      setSearchTextState('');
      setPage(1);
    },
    isFiltered,
  };
}
