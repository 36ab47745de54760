import type { CaseSection, TimelineItem } from '@ctip/contracts';
import type { Services } from '../../../services';
import { assembleTimeline, timelineUserIds } from '../case-timeline';
import { loadTimelineSources, loadUserNames } from '../timeline.repository';

/** Everything that happened to a case, in time order, within the sections the caller sees. */
export async function loadCaseTimeline(services: Services, caseId: string, sections: readonly CaseSection[]): Promise<TimelineItem[]> {
  const sources = await loadTimelineSources(services.db, caseId);
  const names = await loadUserNames(services.db, timelineUserIds(sources));
  return assembleTimeline(sources, sections, names);
}
