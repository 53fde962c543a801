/**
 * Renderers for the worker tests: a kind only these tests declare (test_note)
 * with its renderer, and a second renderer of the Koploper track's profile_pdf.
 * Shared by document-renderers.spec.ts and the worker it starts
 * (start-worker.fixture.ts), which pick modules by name.
 */
import { Injectable, Module, type Type } from '@nestjs/common';
import { Partner } from '@koers/server-db';
import { centred, createDoc, declareDocumentKind, DocumentRenderer, finish, visibleOrRetry, type DocumentRequest, type RenderedDocument } from '@koers/server-documents';

/** A worker that loads this file but not TestNotesModule has no renderer for it. */
export const TEST_NOTE = declareDocumentKind('test_note', { owner: 'partner (worker test)' });

/** A one-line PDF about a partner: the owner is the partner itself, so the note's tenancy is that partner. */
@Injectable()
export class TestNotes {
  calls = 0;

  @DocumentRenderer(TEST_NOTE)
  async note({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    this.calls++;
    const partner = await visibleOrRetry(em.findOne(Partner, { where: { id: ownerId } }), `partner ${ownerId}`);
    const doc = await createDoc({ title: 'Notitie', author: partner.name, date: '2026-03-05' });
    centred(doc, `Notitie voor ${partner.name}`, 14, { bold: true });
    return { partnerId: partner.id, organisationId: null, filename: 'Notitie.pdf', content: await finish(doc) };
  }
}

@Module({ providers: [TestNotes] })
export class TestNotesModule {}

@Injectable()
export class AnotherProfileLayout {
  @DocumentRenderer('profile_pdf')
  async render(): Promise<RenderedDocument> {
    throw new Error('never called: the worker must not start with two renderers of a kind');
  }
}

@Module({ providers: [AnotherProfileLayout] })
export class AnotherProfileLayoutModule {}

export const FIXTURE_MODULES: Record<string, Type> = { notes: TestNotesModule, 'another-profile': AnotherProfileLayoutModule };
