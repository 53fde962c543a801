import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * The evaluation survey (docs/evaluation.md): the public page by a mailed
 * link's token (no account), the partner's own questions and the figures.
 */

export type PublicSurvey = Schemas['PublicSurveyView'];
export type SurveyAnswer = Schemas['SurveyAnswerDto'];
export type AnswerReceipt = Schemas['AnswerReceiptView'];
export type PartnerQuestion = Schemas['PartnerQuestionView'];
export type EvaluationFigures = Schemas['EvaluationFiguresView'];
export type ProgrammeDashboard = Schemas['DashboardView'];
export type DashboardRow = Schemas['DashboardRowView'];
export type DashboardItem = Schemas['DashboardItemView'];
export type DashboardBy = Schemas['DashboardView']['by'];

@Injectable({ providedIn: 'root' })
export class EvaluationApi {
  private readonly api = inject(ApiClient);

  survey(token: string) {
    return this.api.call<PublicSurvey>('GET', `/api/public/evaluation/${encodeURIComponent(token)}`);
  }
  answer(token: string, answers: SurveyAnswer[]) {
    return this.api.call<AnswerReceipt>('POST', `/api/public/evaluation/${encodeURIComponent(token)}`, { answers });
  }
  questions() {
    return this.api.call<Schemas['PartnerQuestionListView']>('GET', '/api/evaluation/questions');
  }
  runFigures() {
    return this.api.call<EvaluationFigures>('POST', '/api/evaluation/figures');
  }
  figures(id: string) {
    return this.api.call<EvaluationFigures>('GET', `/api/evaluation/figures/${id}`);
  }
  addQuestion(body: Schemas['AddQuestionDto']) {
    return this.api.call<PartnerQuestion>('POST', '/api/evaluation/questions', body);
  }
  retireQuestion(id: string) {
    return this.api.call<PartnerQuestion>('DELETE', `/api/evaluation/questions/${id}`);
  }
  /** The programme's figures per programme line, step, municipality or year (issue 13 item 9). */
  dashboard(by: DashboardBy) {
    return this.api.call<ProgrammeDashboard>('GET', `/api/evaluation/dashboard?by=${by}`);
  }
  /** Where the same figures download as CSV, Excel or the province PDF (a plain link: the session cookie goes with it). */
  exportUrl(format: 'csv' | 'xlsx' | 'pdf', by: DashboardBy, province?: string) {
    const q = new URLSearchParams({ by });
    if (province?.trim()) q.set('province', province.trim());
    return `/api/evaluation/dashboard/${format}?${q}`;
  }
}
