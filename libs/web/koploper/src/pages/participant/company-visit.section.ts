import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { companyVisitLocation, isParticipantSessionKind } from '@koers/domain';
import { KoploperApi, type Meeting } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { RefusalComponent, SessionsComponent, pageActions, type NewSession, type SessionDefaults } from '@koers/web-programme';
import { STEP } from '../../step';
import { VISIT_TEXTS } from './company-visit.texts';

/**
 * The one-to-one talk at the company's premises where the adviser discusses the
 * baseline's outcome ("Gesprek op locatie"): the talks planned with this
 * participant and, for staff, the form to plan one: date, start and end time,
 * the place (the company, prefilled) and the agenda ("Bespreken uitkomst
 * nulmeting", prefilled). The participant sees its own; no other company does.
 */
@Component({
  selector: 'koers-company-visit',
  imports: [TranslocoPipe, SessionsComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ (own() ? 'koploper.visit.ownIntro' : 'koploper.visit.intro') | transloco }}</p>
    <koers-refusal data-testid="visit-error" [refusal]="actions.error()" />
    <koers-sessions #visitList data-testid="company-visits" [sessions]="visits()" [kinds]="kinds" [kindLabels]="step.sessionKindLabels"
                    [canPlan]="canPlan()" [busy]="actions.busy()" [defaults]="defaults()"
                    [planLabel]="'koploper.visit.plan' | transloco" [emptyText]="'koploper.visit.none' | transloco"
                    (plan)="plan($event)" />
  `,
})
export class CompanyVisitSection {
  readonly participantId = input.required<string>();
  readonly organisation = input.required<{ name: string; municipality: string | null }>();
  /** The group's sessions (the reader sees only the talks it may: its own, or all for staff). */
  readonly sessions = input.required<readonly Meeting[] | null>();
  readonly cohortId = input.required<string>();
  readonly canPlan = input(false);
  readonly own = input(false);
  readonly changed = output<void>();
  /** Its own refusal box, next to the form. */
  readonly actions = pageActions();

  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly list = viewChild(SessionsComponent);
  readonly step = STEP;
  readonly kinds = STEP.sessionKinds.filter(isParticipantSessionKind);

  /** This company's talks; its name is the page's title already, so the cards leave "Met <bedrijf>" off. */
  readonly visits = computed(() => (this.sessions() ?? []).filter((s) => s.participantId === this.participantId()).map((s) => ({ ...s, organisationName: null })));
  readonly defaults = computed<SessionDefaults>(() => {
    const t = VISIT_TEXTS[this.language.current()];
    return { title: t.defaultTitle, location: companyVisitLocation(this.organisation()), agenda: t.defaultAgenda };
  });

  async plan(session: NewSession) {
    const done = await this.actions.run(() => this.api.createMeeting(this.cohortId(), { ...session, participantId: this.participantId() }), 'koploper.visit.planned', {}, () => this.changed.emit());
    if (done) this.list()?.clear();
  }
}
