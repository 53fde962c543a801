import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { RefusalComponent, refusal, type Refusal } from '../shared';

/** A coordinator forms a new Koplopergroep for a municipality. */
@Component({
  selector: 'koers-cohort-new',
  imports: [TranslocoPipe, RouterLink, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'koploper.common.back' | transloco }}</a></p>
    <h1>{{ 'koploper.cohortForm.title' | transloco }}</h1>
    <form (submit)="$event.preventDefault(); create()" novalidate class="koers-form">
      <div class="koers-field">
        <label for="cohort-name">{{ 'koploper.cohortForm.name' | transloco }}</label>
        <input id="cohort-name" required [value]="name()" (input)="name.set($any($event.target).value)" />
      </div>
      <div class="koers-field">
        <label for="cohort-municipality">{{ 'koploper.cohortForm.municipality' | transloco }}</label>
        <input id="cohort-municipality" required [value]="municipality()" (input)="municipality.set($any($event.target).value)" />
      </div>
      <div class="koers-field">
        <label for="cohort-starts">{{ 'koploper.cohortForm.startsOn' | transloco }}</label>
        <input id="cohort-starts" type="date" required [value]="startsOn()" (input)="startsOn.set($any($event.target).value)" />
      </div>
      <div class="koers-field">
        <label for="cohort-ends">{{ 'koploper.cohortForm.endsOn' | transloco }}</label>
        <input id="cohort-ends" type="date" required [value]="endsOn()" (input)="endsOn.set($any($event.target).value)" />
      </div>
      <koers-refusal [refusal]="error()" />
      <button class="koers-button" type="submit" [disabled]="busy()">{{ 'koploper.cohortForm.create' | transloco }}</button>
    </form>
  `,
})
export class CohortNewPage {
  private readonly api = inject(KoploperApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);
  readonly name = signal('');
  readonly municipality = signal('');
  readonly startsOn = signal('');
  readonly endsOn = signal('');
  readonly busy = signal(false);
  readonly error = signal<Refusal | null>(null);

  async create() {
    if (![this.name(), this.municipality(), this.startsOn(), this.endsOn()].every((v) => v.trim())) {
      this.error.set({ message: this.language.current() === 'nl' ? 'Vul alle velden in.' : 'Fill in every field.', fields: [] });
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const cohort = await this.api.createCohort({ name: this.name().trim(), municipality: this.municipality().trim(), startsOn: this.startsOn(), endsOn: this.endsOn() });
      await this.router.navigate(['..', cohort.id], { relativeTo: this.route });
    } catch (e) {
      this.error.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }
}
