import type { AccessEntry, AccessFixture, Relation } from '../../testing/access-matrix';
import { matrixContext, preparerFor, sectionReader, sectionRecorder } from '../case-care/case-care.access';
import { findCaseRow } from '../cases/use-cases/load-case';
import { SAMPLE_FILES } from './sample-files';
import { storeAttachment } from './use-cases/store-attachment';

const CASE_RELATIONS: Relation[] = ['own', 'other', 'referred', 'transferred'];

const caseUrl = (suffix: string) => async (fixture: AccessFixture, relation: Relation) => ({ url: `/api/cases/${(await fixture.newCase(relation)).caseId}${suffix}` });

/** A form carrying a small PDF, as the web app uploads one. */
function pdfForm(): FormData {
  const form = new FormData();
  form.append('file', new Blob([SAMPLE_FILES.pdf], { type: 'application/pdf' }), 'matrix.pdf');
  return form;
}

/** Access matrix rows of case notes and attachments. */
export const caseFilesAccess: AccessEntry[] = [
  { method: 'GET', url: '/api/cases/:id/notes', relations: CASE_RELATIONS, expected: sectionReader('notes'), request: caseUrl('/notes') },
  { method: 'POST', url: '/api/cases/:id/notes', relations: CASE_RELATIONS, expected: sectionRecorder('notes'), request: async (fixture, relation) => ({ ...(await caseUrl('/notes')(fixture, relation)), body: { body: 'Called her mother' } }) },
  { method: 'GET', url: '/api/cases/:id/attachments', relations: CASE_RELATIONS, expected: sectionReader('attachments'), request: caseUrl('/attachments') },
  { method: 'POST', url: '/api/cases/:id/attachments', relations: CASE_RELATIONS, expected: sectionRecorder('attachments'), request: async (fixture, relation) => ({ ...(await caseUrl('/attachments')(fixture, relation)), body: pdfForm() }) },
  {
    method: 'GET',
    url: '/api/cases/:id/attachments/:attachmentId/content',
    relations: CASE_RELATIONS,
    expected: sectionReader('attachments'),
    request: async (fixture, relation) => {
      const { caseId } = await fixture.newCase(relation);
      const services = fixture.context.services;
      const attachmentId = await storeAttachment(services, await preparerFor(fixture, relation), await findCaseRow(services.db, caseId), { fileName: 'matrix.pdf', content: SAMPLE_FILES.pdf }, matrixContext);
      return { url: `/api/cases/${caseId}/attachments/${attachmentId}/content` };
    },
  },
];
