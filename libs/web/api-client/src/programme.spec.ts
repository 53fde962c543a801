import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-client';
import { ProgrammeApi, type GroupMaterial } from './programme';

const SLIDES: GroupMaterial = { id: 'f/1', filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: 482133, createdAt: '2026-03-10T15:00:00Z' };

function setup() {
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(ProgrammeApi), http: TestBed.inject(HttpTestingController) };
}

describe("ProgrammeApi: a group's materials", () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the materials of a group', async () => {
    const { api, http } = setup();
    const answer = api.materials('mc/1');
    const req = http.expectOne('/api/programme/groups/mc%2F1/materials');
    expect(req.request.method).toBe('GET');
    req.flush({ items: [SLIDES] });
    expect((await answer).items).toEqual([SLIDES]);
  });

  it('uploads a file as multipart field "file" with its name, and answers the list', async () => {
    const { api, http } = setup();
    const file = new File(['%PDF-1.7'], 'Workshop 1 - de R-ladder.pdf', { type: 'application/pdf' });
    const answer = api.addMaterial('mc1', file);
    const req = http.expectOne('/api/programme/groups/mc1/materials');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toBeInstanceOf(FormData);
    const sent = (req.request.body as FormData).get('file') as File;
    expect(sent.name).toBe('Workshop 1 - de R-ladder.pdf');
    expect(sent.type).toBe('application/pdf');
    req.flush({ items: [SLIDES] }, { status: 201, statusText: 'Created' });
    expect((await answer).items.map((m) => m.filename)).toEqual(['Workshop 1 - de R-ladder.pdf']);
  });

  it('passes on a refused upload as an ApiError with its code', async () => {
    const { api, http } = setup();
    const answer = api.addMaterial('mc1', new File(['MZ'], 'slides.pdf', { type: 'application/pdf' }));
    http
      .expectOne('/api/programme/groups/mc1/materials')
      .flush({ status: 400, code: 'upload.content_mismatch', text: { nl: 'De inhoud past niet bij .pdf', en: 'The content does not match .pdf' } }, { status: 400, statusText: 'Bad Request' });
    const error = (await answer.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.problem?.code).toBe('upload.content_mismatch');
  });

  it('removes one material by its file id, and downloads at /api/files/:id', async () => {
    const { api, http } = setup();
    const answer = api.removeMaterial('mc1', 'f/1');
    const req = http.expectOne('/api/programme/groups/mc1/materials/f%2F1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    expect(await answer).toBeNull();
    expect(api.fileUrl('f/1')).toBe('/api/files/f%2F1');
  });
});
