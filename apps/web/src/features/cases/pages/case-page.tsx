import { Button, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFolderQuestion } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { CaseDetail, CaseEntryKind, CaseSection } from '@ctip/contracts';
import { EmptyState } from '../../../components/empty-state';
import { PageSkeleton } from '../../../components/page-skeleton';
import { ProblemAlert } from '../../../components/problem-alert';
import { isApiError } from '../../../lib/api-error';
import { AttachmentsSection } from '../components/care/attachments-section';
import { EntriesSection } from '../components/care/entries-section';
import { sectionOfEntry } from '../components/care/entry-forms';
import { FollowUpsSection } from '../components/care/follow-ups-section';
import { NotesSection } from '../components/care/notes-section';
import { ShelterStaysSection } from '../components/care/shelter-stays-section';
import { CaseHeader } from '../components/case/case-header';
import { CaseTimeline } from '../components/case/case-timeline';
import { ConsentsSection } from '../components/case/consents-section';
import { ExploitationSection } from '../components/case/exploitation-section';
import { IdentitySection } from '../components/case/identity-section';
import { ChildProtectionSection, IdentificationSection, VictimRightsSection } from '../components/case/protection-section';
import { ReferralsSection } from '../components/case/referrals-section';
import { RestrictionSection } from '../components/case/restriction-section';
import { ScreeningsSection } from '../components/case/screenings-section';
import { StageMoveModal } from '../components/case/stage-move-modal';
import { SectionCard } from '../components/section-card';
import { useCase } from '../hooks/use-case-queries';
import { useCaseTranslation } from '../use-case-translation';

/** The care record's kinds of entry, in the order of a case's life. */
const CARE_ENTRY_KINDS: CaseEntryKind[] = ['assessment', 'service_plan', 'service_delivered', 'repatriation', 'family_tracing', 'reintegration_plan'];
const CARE_SECTIONS: CaseSection[] = ['assessments', 'services', 'shelter', 'repatriation', 'family_tracing', 'reintegration'];

interface CaseTab {
  value: string;
  isShown: boolean;
  render(): ReactNode;
}

/** The tabs of a case page, each shown only when the user sees its section. */
function tabsOf(detail: CaseDetail): CaseTab[] {
  const sees = (section: CaseSection) => detail.visibleSections.includes(section);
  const seesCare = CARE_SECTIONS.some(sees);
  return [
    { value: 'overview', isShown: true, render: () => <OverviewTab detail={detail} /> },
    { value: 'identity', isShown: sees('identity'), render: () => <IdentitySection detail={detail} /> },
    { value: 'screening', isShown: sees('screening'), render: () => <ScreeningsSection detail={detail} /> },
    { value: 'exploitation', isShown: detail.exploitation !== null, render: () => <ExploitationSection detail={detail} /> },
    {
      value: 'protection',
      isShown: true,
      render: () => (
        <Stack gap="md">
          <IdentificationSection detail={detail} />
          {(detail.isChild || detail.guardian !== null || detail.bestInterest !== null) && <ChildProtectionSection detail={detail} />}
          <VictimRightsSection detail={detail} />
        </Stack>
      ),
    },
    { value: 'consents', isShown: sees('consents'), render: () => <ConsentsSection detail={detail} /> },
    { value: 'referrals', isShown: true, render: () => <ReferralsSection detail={detail} /> },
    {
      value: 'care',
      isShown: seesCare,
      render: () => (
        <Stack gap="md">
          {sees('shelter') && <ShelterStaysSection detail={detail} />}
          {CARE_ENTRY_KINDS.filter((kind) => sees(sectionOfEntry(kind))).map((kind) => <EntriesSection key={kind} detail={detail} kind={kind} />)}
        </Stack>
      ),
    },
    { value: 'followUps', isShown: sees('follow_up'), render: () => <FollowUpsSection detail={detail} /> },
    { value: 'notes', isShown: sees('notes'), render: () => <NotesSection detail={detail} /> },
    { value: 'attachments', isShown: sees('attachments'), render: () => <AttachmentsSection detail={detail} /> },
    { value: 'access', isShown: true, render: () => <RestrictionSection detail={detail} /> },
  ];
}

/** The overview: everything that happened, in order. */
function OverviewTab({ detail }: { detail: CaseDetail }) {
  const { t } = useCaseTranslation('cases');
  return (
    <SectionCard title={t('cases:sections.timeline')} description={t('cases:timeline.description')}>
      <CaseTimeline detail={detail} />
    </SectionCard>
  );
}

/**
 * A survivor case: the header (number, stage in both vocabularies, flags, owner, access), then
 * tabs for each part the user may see — the timeline, identity, screenings, exploitation,
 * identification and protection, consents, referrals, care, follow-ups, notes, attachments and
 * access. The tab is kept in the address (`?tab=consents`) so a reload or a link returns to it.
 */
export function CasePage() {
  const { t } = useCaseTranslation('cases');
  const { caseId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const detail = useCase(caseId);
  const [isMoving, moving] = useDisclosure(false);
  if (detail.isPending) return <PageSkeleton />;
  if (detail.error) {
    if (isApiError(detail.error, 'not_found')) {
      return (
        <EmptyState
          icon={<IconFolderQuestion size={26} />}
          title={t('cases:notFound.title')}
          description={t('cases:notFound.description')}
          action={<Button component={Link} to="/cases" variant="light">{t('cases:notFound.back')}</Button>}
        />
      );
    }
    return <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const tabs = tabsOf(detail.data).filter((tab) => tab.isShown);
  const requested = searchParams.get('tab');
  const active = tabs.some((tab) => tab.value === requested) ? requested! : 'overview';
  return (
    <>
      <CaseHeader detail={detail.data} onMoveStage={moving.open} />
      <Tabs
        value={active}
        onChange={(value) => setSearchParams(value && value !== 'overview' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
          {tabs.map((tab) => <Tabs.Tab key={tab.value} value={tab.value}>{t(`cases:tabs.${tab.value}`)}</Tabs.Tab>)}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value}>
            {tab.render()}
          </Tabs.Panel>
        ))}
      </Tabs>
      <StageMoveModal detail={detail.data} opened={isMoving} onClose={moving.close} />
    </>
  );
}
