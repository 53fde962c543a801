import { Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Db } from '@koers/server-db';
import { JobHandler, type JobOf } from '@koers/server-queue';
import { declaredDocumentKinds } from './kinds';
import { DOCUMENT_RENDERER, rendererProblems, type RenderDocument } from './renderer';
import { storeDocument, storedDocumentId } from './stored-file';

/**
 * Finds every @DocumentRenderer when the worker starts and refuses to start
 * (naming the kind) when a declared kind has no renderer or two, or a renderer
 * names a kind nobody declared. Runs in onModuleInit, before the job runner
 * starts taking jobs in onApplicationBootstrap.
 */
@Injectable()
export class DocumentRenderers implements OnModuleInit {
  private readonly renderers = new Map<string, RenderDocument>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit() {
    const found = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const kind = this.reflector.get<string | undefined>(DOCUMENT_RENDERER, proto[method]);
        if (!kind) continue;
        found.set(kind, [...(found.get(kind) ?? []), `${wrapper.name}.${method}`]);
        this.renderers.set(kind, (request) => (instance[method] as RenderDocument).call(instance, request));
      }
    }
    const problems = rendererProblems(
      declaredDocumentKinds().map((k) => k.kind),
      found,
    );
    if (problems.length) throw new Error(`Worker kan niet starten / cannot start:\n  ${problems.join('\n  ')}`);
  }

  /** The kinds this worker renders. */
  kinds(): string[] {
    return [...this.renderers.keys()];
  }

  get(kind: string): RenderDocument {
    const renderer = this.renderers.get(kind);
    if (!renderer) throw new Error(`unknown document kind ${kind}: no @DocumentRenderer (known: ${this.kinds().join(', ')})`);
    return renderer;
  }
}

/**
 * The one `document.render` job: renders the payload's kind on the worker
 * (never in a request) and stores it as a stored file with the owner's
 * tenancy. Idempotent: a retried or duplicated job finds the file already
 * stored and stops.
 */
@Injectable()
export class DocumentJobs {
  private readonly logger = new Logger('documents');

  constructor(
    private readonly db: Db,
    private readonly renderers: DocumentRenderers,
  ) {}

  @JobHandler('document.render')
  async render(job: JobOf<'document.render'>) {
    const { kind, ownerId, partnerId } = job.data;
    const render = this.renderers.get(kind);
    return this.db.system(async (em) => {
      const done = await storedDocumentId(em, ownerId, kind);
      if (done) return { fileId: done, rendered: false };
      const doc = await render({ kind, ownerId, partnerId, em });
      if (doc.partnerId !== partnerId) throw new Error(`${kind} ${ownerId} belongs to partner ${doc.partnerId}, the job names ${partnerId}`);
      const id = this.db.newId();
      await storeDocument(em, { partnerId, organisationId: doc.organisationId, kind, ownerId, filename: doc.filename, contentType: doc.contentType ?? 'application/pdf', content: doc.content }, id);
      await doc.stored?.(em, id);
      this.logger.log(`${kind} ${ownerId}: ${doc.content.length} bytes`);
      return { fileId: id, rendered: true };
    });
  }
}

/**
 * Worker side of documents: the renderer registry and the `document.render`
 * job. A step's worker module provides a class with @DocumentRenderer methods;
 * the worker app imports this module once.
 */
@Module({ imports: [DiscoveryModule], providers: [DocumentRenderers, DocumentJobs], exports: [DocumentRenderers] })
export class DocumentsWorkerModule {}
