import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CONSENT_PARTS, CONSENT_PART_LABELS } from '@koers/domain';
import { JourneyApi, type ConsentPartKey, type JourneyPartnerView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';

/**
 * `/reis/toestemming`: the company decides per partner which parts it may see
 * (Opslaan makes exactly the ticked parts active; Alles intrekken withdraws
 * them all), sees who has access now, the history and who read its data.
 */
@Component({
  selector: 'koers-journey-consent',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'journey.consent.title' | transloco }}</h1>
    <p>{{ 'journey.consent.intro' | transloco }}</p>
    <p><a routerLink="..">{{ 'journey.nav.own' | transloco }}</a></p>
    @if (!organisationId()) {
      <koers-empty-state [title]="'journey.consent.noOrganisation' | transloco" />
    } @else if (partners.error() || consents.error()) {
      <koers-error-state (retry)="partners.reload(); consents.reload()" />
    } @else if (!partners.hasValue() || !consents.hasValue()) {
      <koers-loading />
    } @else {
      <koers-refusal data-testid="consent-error" [refusal]="actions.error()" />
      @for (p of partners.value(); track p.id) {
        <form class="koers-card" [attr.data-partner]="p.slug" (submit)="$event.preventDefault(); save(p)">
          <fieldset>
            <legend>{{ 'journey.consent.partParts' | transloco: { name: p.name } }}</legend>
            @for (part of allParts; track part) {
              <div class="koers-check">
                <input type="checkbox" [id]="'consent-' + p.slug + '-' + part" [checked]="isChecked(p.slug, part)" (change)="tick(p.slug, part, $any($event.target).checked)" />
                <label [for]="'consent-' + p.slug + '-' + part">{{ labels[part] | bilingual }}</label>
              </div>
            }
          </fieldset>
          <p class="koers-actions">
            <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'journey.consent.save' | transloco }}</button>
            <button type="button" class="koers-button koers-button-secondary" [disabled]="actions.busy()" (click)="withdrawAll(p)">{{ 'journey.consent.withdrawAll' | transloco }}</button>
          </p>
        </form>
      }

      <h2>{{ 'journey.consent.now' | transloco }}</h2>
      @if (consents.value().holders.length) {
        <ul data-testid="consent-holders">
          @for (h of consents.value().holders; track h.partner.id) {
            <li [attr.data-holder]="h.partner.slug">
              <strong>{{ h.partner.name }}</strong>:
              @for (x of h.parts; track x.part) {
                {{ x.label | bilingual }} ({{ 'journey.consent.grantedAt' | transloco: { date: (x.grantedAt | koersDate) } }})@if (!$last) {, }
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }

      <h2>{{ 'journey.consent.history' | transloco }}</h2>
      @if (consents.value().history.length) {
        <table class="koers-table" data-testid="consent-history">
          <caption class="koers-visually-hidden">{{ 'journey.consent.history' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'journey.common.partner' | transloco }}</th>
              <th scope="col">{{ 'journey.consent.part' | transloco }}</th>
              <th scope="col">{{ 'journey.consent.grantedOn' | transloco }}</th>
              <th scope="col">{{ 'journey.consent.revokedAt' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (h of consents.value().history; track $index) {
              <tr>
                <td>{{ h.partnerName }}</td>
                <td>{{ labels[h.part] | bilingual }}</td>
                <td>{{ h.grantedAt | koersDate }}</td>
                <td>{{ h.revokedAt | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }

      <h2 id="access-log-title">{{ 'journey.consent.log' | transloco }}</h2>
      <div data-testid="access-log">
        @if (log.error()) {
          <koers-error-state (retry)="log.reload()" />
        } @else if (!log.hasValue()) {
          <koers-loading />
        } @else if (log.value().entries.length) {
          <table class="koers-table" aria-labelledby="access-log-title">
            <thead>
              <tr>
                <th scope="col">{{ 'journey.common.partner' | transloco }}</th>
                <th scope="col">{{ 'journey.consent.person' | transloco }}</th>
                <th scope="col">{{ 'journey.consent.part' | transloco }}</th>
                <th scope="col">{{ 'journey.consent.when' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (e of log.value().entries; track $index) {
                <tr>
                  <td>{{ e.readerPartnerName }}</td>
                  <td>{{ e.readerName ?? '—' }}</td>
                  <td>{{ e.partLabel | bilingual }} <small>({{ e.ownerPartnerName }})</small></td>
                  <td>{{ e.readAt | koersDate: 'time' }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'journey.consent.noLog' | transloco }}</p>
        }
      </div>
    }
  `,
})
export class ConsentPage {
  private readonly api = inject(JourneyApi);
  private readonly auth = inject(AuthService);
  readonly actions = pageActions();
  /** The journey's parts and `showcase` (the partner may show the company's example project publicly). */
  readonly allParts = CONSENT_PARTS;
  readonly labels = CONSENT_PART_LABELS;
  readonly organisationId = computed(() => this.auth.activeMembership()?.organisation?.id ?? null);

  readonly partners = resource({ loader: () => this.api.partners() });
  readonly consents = resource({ params: () => this.organisationId() ?? undefined, loader: ({ params }) => this.api.consents(params) });
  readonly log = resource({ params: () => this.organisationId() ?? undefined, loader: ({ params }) => this.api.accessLog(params) });

  /** What the user ticked but did not save yet, per partner; otherwise what the server says is active. */
  private readonly edits = signal<Record<string, Set<ConsentPartKey>>>({});

  private active(slug: string): Set<ConsentPartKey> {
    const holder = this.consents.hasValue() ? this.consents.value().holders.find((h) => h.partner.slug === slug) : undefined;
    return new Set(holder?.parts.map((p) => p.part) ?? []);
  }
  isChecked(slug: string, part: ConsentPartKey) {
    return (this.edits()[slug] ?? this.active(slug)).has(part);
  }
  tick(slug: string, part: ConsentPartKey, on: boolean) {
    const next = new Set(this.edits()[slug] ?? this.active(slug));
    if (on) next.add(part);
    else next.delete(part);
    this.edits.update((e) => ({ ...e, [slug]: next }));
  }

  async save(p: JourneyPartnerView) {
    const id = this.organisationId();
    if (!id) return;
    const parts = CONSENT_PARTS.filter((part) => this.isChecked(p.slug, part));
    await this.actions.run(
      async () => this.consents.set(await this.api.setConsent(id, p.slug, parts)),
      'journey.consent.saved',
      { name: p.name },
      () => this.afterChange(p.slug),
    );
  }

  async withdrawAll(p: JourneyPartnerView) {
    const id = this.organisationId();
    if (!id) return;
    await this.actions.run(() => this.api.withdrawConsent(id, p.slug), 'journey.consent.withdrawn', { name: p.name }, () => {
      this.afterChange(p.slug);
      this.consents.reload();
    });
  }

  private afterChange(slug: string) {
    this.edits.update(({ [slug]: _done, ...rest }) => rest);
    this.log.reload();
  }
}
