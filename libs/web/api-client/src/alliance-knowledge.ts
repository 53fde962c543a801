import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * Knowledge sharing (docs/alliance.md): a CSR platform's knowledge space and
 * showcase for its members, the public showcase of consented example projects,
 * and the application to join the alliance (public) with its handling by the
 * secretariat.
 */

export type KnowledgeList = Schemas['KnowledgeListView'];
export type KnowledgeItem = Schemas['KnowledgeItemView'];
export type NewKnowledgeItem = Schemas['KnowledgeItemDto'];
export type KnowledgeKind = KnowledgeItem['kind'];
export type KnowledgeQuery = { q?: string; tag?: string; kind?: KnowledgeKind };
export type Showcase = Schemas['ShowcaseView'];
export type NewShowcase = Schemas['ShowcaseDto'];
export type ShowcaseFigure = Schemas['ShowcaseFigureView'];
export type PublicShowcase = Schemas['PublicShowcaseView'];
export type JoinApplication = Schemas['JoinApplicationDto'];
export type AllianceApplication = Schemas['AllianceApplicationView'];
export type ApplicationStatus = AllianceApplication['status'];
export type PublicPlatform = Schemas['PublicPlatformView'];

const id = encodeURIComponent;

/** The knowledge space, showcase and join applications, typed. */
@Injectable({ providedIn: 'root' })
export class KnowledgeApi {
  private readonly api = inject(ApiClient);

  knowledge(platformId: string, query: KnowledgeQuery = {}) {
    const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
    return this.api.call<KnowledgeList>('GET', `/api/alliance/platforms/${id(platformId)}/knowledge`, undefined, params);
  }
  addKnowledge(platformId: string, body: NewKnowledgeItem) {
    return this.api.call<KnowledgeItem>('POST', `/api/alliance/platforms/${id(platformId)}/knowledge`, body);
  }
  removeKnowledge(itemId: string) {
    return this.api.call<void>('DELETE', `/api/alliance/knowledge/${id(itemId)}`);
  }
  /** Multipart field `file`: pdf, png, jpeg, docx, pptx or xlsx, at most 10 MB. */
  attachDocument(itemId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.call<KnowledgeItem>('POST', `/api/alliance/knowledge/${id(itemId)}/document`, form);
  }
  documentUrl(itemId: string) {
    return `/api/alliance/knowledge/${id(itemId)}/document`;
  }

  showcases(platformId: string) {
    return this.api.call<Schemas['ShowcaseListView']>('GET', `/api/alliance/platforms/${id(platformId)}/showcases`);
  }
  addShowcase(platformId: string, body: NewShowcase) {
    return this.api.call<Showcase>('POST', `/api/alliance/platforms/${id(platformId)}/showcases`, body);
  }
  removeShowcase(showcaseId: string) {
    return this.api.call<void>('DELETE', `/api/alliance/showcases/${id(showcaseId)}`);
  }

  publicShowcases() {
    return this.api.call<Schemas['PublicShowcaseListView']>('GET', '/api/public/alliance/showcases');
  }
  publicPlatforms() {
    return this.api.call<Schemas['PublicPlatformListView']>('GET', '/api/public/alliance/platforms');
  }
  apply(body: JoinApplication) {
    return this.api.call<Schemas['AllianceApplicationReceiptView']>('POST', '/api/public/alliance/applications', body);
  }

  applications(status?: ApplicationStatus) {
    return this.api.call<Schemas['AllianceApplicationListView']>('GET', '/api/alliance/applications', undefined, status ? { status } : undefined);
  }
  accept(applicationId: string, note?: string) {
    return this.api.call<AllianceApplication>('POST', `/api/alliance/applications/${id(applicationId)}/accept`, note ? { note } : {});
  }
  decline(applicationId: string, reason: string) {
    return this.api.call<AllianceApplication>('POST', `/api/alliance/applications/${id(applicationId)}/decline`, { reason });
  }
}
