import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CARE_SECTOR_THEMES, CHAIN_ROLES, CHAIN_ROLE_LABELS, monthsBetween, type ChainRole } from '@koers/domain';
import { ChainApi, type NewChainProject } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, fieldErrors, groupCreation, messageOf, newGroupControls, notBlank, tooLong, watchForm } from '@koers/web-programme';
import { OrganisationPicker, type PickedOrganisation } from '../project/organisation-picker';

type PartnerGroup = FormGroup<{ organisationId: FormControl<string>; name: FormControl<string>; chainRole: FormControl<ChainRole | ''> }>;

const role = () => new FormControl<ChainRole | ''>('', { nonNullable: true, validators: notBlank });
const partnerRow = (organisationId: string, name: string, chainRole: ChainRole | '' = ''): PartnerGroup =>
  new FormGroup({ organisationId: new FormControl(organisationId, { nonNullable: true }), name: new FormControl(name, { nonNullable: true }), chainRole: new FormControl(chainRole, { nonNullable: true, validators: notBlank }) });

/** The API's field paths (lead, each partner) placed next to their controls; the rest shows in the box. */
const FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  subject: 'subject',
  goal: 'goal',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  lead: 'lead.organisationId',
  'lead.organisationId': 'lead.organisationId',
  'lead.chainRole': 'lead.chainRole',
  sectorProgrammeId: 'sectorProgrammeId',
  theme: 'theme',
  ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [[`partners.${i}.organisationId`, `partners.${i}.name`], [`partners.${i}.chainRole`, `partners.${i}.chainRole`]]).flat()),
};

/**
 * A coordinator starts a chain project: its name, subject, goal and dates (6
 * to 24 months; the API's refusal names the months), the lead and the chain
 * partners with their roles, and optionally the sector programme and theme it
 * is a chain group of. `?voorstel=` takes up a masterclass proposal (its name,
 * goal and candidate partners), `?aanvraag=` a joint application (its
 * applicant leads), `?sector=` preselects the sector programme.
 */
@Component({
  selector: 'koers-chain-project-new',
  imports: [ReactiveFormsModule, TranslocoPipe, RouterLink, BilingualPipe, FieldErrorComponent, RefusalComponent, OrganisationPicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'chain.common.back' | transloco }}</a></p>
    <h1>{{ 'chain.projectNew.title' | transloco }}</h1>
    <p>{{ 'chain.projectNew.intro' | transloco }}</p>
    @if (voorstel()) {
      @if (proposal.hasValue()) {
        @let p = proposal.value();
        @if (p) {
          <p class="koers-note" data-testid="from-proposal">{{ 'chain.projectNew.fromProposal' | transloco: { title: p.title } }}</p>
          @if (candidatesOutside().length) {
            <p class="koers-note" data-testid="not-in-koers">{{ 'chain.projectNew.notInKoers' | transloco: { names: candidatesOutside().join(', ') } }}</p>
          }
        } @else {
          <p role="alert" class="koers-form-error">{{ 'chain.projectNew.proposalGone' | transloco }}</p>
        }
      }
    }
    @if (aanvraag()) {
      @if (application.hasValue()) {
        @let a = application.value();
        @if (a) {
          <p class="koers-note" data-testid="from-application">{{ 'chain.projectNew.fromApplication' | transloco: { title: a.title, applicant: a.applicantName ?? '—' } }}</p>
          @if (invited().length) {
            <p class="koers-note">{{ 'chain.projectNew.applicationInvites' | transloco: { names: invited().join(', ') } }}</p>
          }
          @if (notInvited().length) {
            <p class="koers-note">{{ 'chain.projectNew.applicationNoAddress' | transloco: { names: notInvited().join(', ') } }}</p>
          }
        } @else {
          <p role="alert" class="koers-form-error">{{ 'chain.projectNew.applicationGone' | transloco }}</p>
        }
      }
    }

    <form class="koers-form" [formGroup]="form" (ngSubmit)="create()" novalidate data-testid="project-form">
      <div class="koers-field">
        <label for="project-name">{{ 'chain.projectNew.name' | transloco }}</label>
        <input id="project-name" formControlName="name" maxlength="200" [attr.aria-invalid]="!!errors().name" [attr.aria-describedby]="errors().name ? 'project-name-error' : null" />
        <koers-field-error id="project-name-error" [message]="errors().name" />
      </div>
      <div class="koers-field">
        <label for="project-subject">{{ 'chain.projectNew.subject' | transloco }}</label>
        <p class="koers-hint" id="project-subject-hint">{{ 'chain.projectNew.subjectHint' | transloco }}</p>
        <input id="project-subject" formControlName="subject" maxlength="200" [attr.aria-invalid]="!!errors().subject"
               [attr.aria-describedby]="'project-subject-hint' + (errors().subject ? ' project-subject-error' : '')" />
        <koers-field-error id="project-subject-error" [message]="errors().subject" />
      </div>
      <div class="koers-field">
        <label for="project-goal">{{ 'chain.projectNew.goal' | transloco }}</label>
        <textarea id="project-goal" rows="3" formControlName="goal"></textarea>
      </div>
      <div class="koers-inline-form koers-dates">
        <div class="koers-field">
          <label for="project-starts">{{ 'chain.projectNew.startsOn' | transloco }}</label>
          <input id="project-starts" type="date" formControlName="startsOn" [attr.aria-invalid]="!!errors().startsOn" [attr.aria-describedby]="errors().startsOn ? 'project-starts-error' : null" />
          <koers-field-error id="project-starts-error" [message]="errors().startsOn" />
        </div>
        <div class="koers-field">
          <label for="project-ends">{{ 'chain.projectNew.endsOn' | transloco }}</label>
          <input id="project-ends" type="date" formControlName="endsOn" [attr.aria-invalid]="!!errors().endsOn"
                 [attr.aria-describedby]="'project-duration' + (errors().endsOn ? ' project-ends-error' : '')" />
          <koers-field-error id="project-ends-error" [message]="errors().endsOn" />
        </div>
      </div>
      <p class="koers-hint" id="project-duration" data-testid="duration">
        {{ 'chain.projectNew.durationHint' | transloco }}
        @if (months() !== null) {
          {{ 'chain.projectNew.duration' | transloco: { months: months() } }}
        }
      </p>

      <fieldset class="koers-fieldset" formGroupName="lead" data-testid="lead">
        <legend>{{ 'chain.projectNew.lead' | transloco }}</legend>
        <p class="koers-hint">{{ 'chain.projectNew.leadHint' | transloco }}</p>
        @if (application.value(); as a) {
          <p data-testid="lead-applicant"><strong>{{ a.applicantName }}</strong></p>
          <koers-field-error id="lead-organisation-error" [message]="errors()['lead.organisationId']" />
        } @else {
          <koers-organisation-picker fieldId="lead-organisation" [label]="'chain.projectNew.lead' | transloco" [control]="form.controls.lead.controls.organisationId"
                                     [exclude]="partnerIds()" [error]="errors()['lead.organisationId']" [notFoundHint]="'chain.projectNew.notFound' | transloco" (picked)="leadPicked($event)" />
        }
        <div class="koers-field">
          <label for="lead-role">{{ 'chain.projectNew.leadRole' | transloco }}</label>
          <select id="lead-role" formControlName="chainRole" [attr.aria-invalid]="!!errors()['lead.chainRole']" [attr.aria-describedby]="errors()['lead.chainRole'] ? 'lead-role-error' : null">
            <option value="">{{ 'chain.projectNew.chooseRole' | transloco }}</option>
            @for (r of roles; track r) {
              <option [value]="r">{{ roleLabels[r] | bilingual }}</option>
            }
          </select>
          <koers-field-error id="lead-role-error" [message]="errors()['lead.chainRole']" />
        </div>
      </fieldset>

      <fieldset class="koers-fieldset" data-testid="partners">
        <legend>{{ 'chain.projectNew.partners' | transloco }}</legend>
        <p class="koers-hint">{{ 'chain.projectNew.partnersHint' | transloco }}</p>
        @if (form.controls.partners.length) {
          <table class="koers-table koers-form-table" formArrayName="partners">
            <caption class="koers-visually-hidden">{{ 'chain.projectNew.partners' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'chain.projectNew.partner' | transloco }}</th>
                <th scope="col">{{ 'chain.projectNew.partnerRole' | transloco }}</th>
                <th scope="col"><span class="koers-visually-hidden">{{ 'chain.projectNew.removePartner' | transloco }}</span></th>
              </tr>
            </thead>
            <tbody>
              @for (row of form.controls.partners.controls; track row; let i = $index) {
                <tr [formGroupName]="i" [attr.data-partner]="row.controls.name.value">
                  <td>
                    {{ row.controls.name.value }}
                    <koers-field-error [id]="'partner-' + i + '-error'" [message]="partnerErrors()[i]?.organisation ?? null" />
                  </td>
                  <td>
                    <select formControlName="chainRole" [attr.aria-label]="('chain.projectNew.partnerRole' | transloco) + ' ' + row.controls.name.value"
                            [attr.aria-invalid]="!!partnerErrors()[i]?.chainRole" [attr.aria-describedby]="partnerErrors()[i]?.chainRole ? 'partner-' + i + '-role-error' : null">
                      <option value="">{{ 'chain.projectNew.chooseRole' | transloco }}</option>
                      @for (r of roles; track r) {
                        <option [value]="r">{{ roleLabels[r] | bilingual }}</option>
                      }
                    </select>
                    <koers-field-error [id]="'partner-' + i + '-role-error'" [message]="partnerErrors()[i]?.chainRole ?? null" />
                  </td>
                  <td>
                    <button class="koers-link" type="button" (click)="removePartner(i)">
                      {{ 'chain.projectNew.removePartner' | transloco }}<span class="koers-visually-hidden"> {{ row.controls.name.value }}</span>
                    </button>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'chain.projectNew.noPartners' | transloco }}</p>
        }
        <div class="koers-inline-form" [formGroup]="newPartner" data-testid="add-partner">
          <koers-organisation-picker #partnerPicker fieldId="partner-organisation" [label]="'chain.projectNew.partner' | transloco" [control]="newPartner.controls.organisationId"
                                     [exclude]="takenIds()" [error]="newPartnerErrors().organisationId" [notFoundHint]="'chain.projectNew.notFound' | transloco" (picked)="pickedPartner.set($event)" />
          <div class="koers-field">
            <label for="partner-role">{{ 'chain.projectNew.partnerRole' | transloco }}</label>
            <select id="partner-role" formControlName="chainRole" [attr.aria-invalid]="!!newPartnerErrors().chainRole" [attr.aria-describedby]="newPartnerErrors().chainRole ? 'partner-role-error' : null">
              <option value="">{{ 'chain.projectNew.chooseRole' | transloco }}</option>
              @for (r of roles; track r) {
                <option [value]="r">{{ roleLabels[r] | bilingual }}</option>
              }
            </select>
            <koers-field-error id="partner-role-error" [message]="newPartnerErrors().chainRole" />
          </div>
          <div class="koers-field">
            <button class="koers-button koers-button-secondary" type="button" (click)="addPartner()">{{ 'chain.projectNew.addPartner' | transloco }}</button>
          </div>
        </div>
      </fieldset>

      @if (programmes.value()?.length) {
        <div class="koers-field">
          <label for="project-sector">{{ 'chain.projectNew.sectorProgramme' | transloco }}</label>
          <p class="koers-hint" id="project-sector-hint">{{ 'chain.projectNew.sectorHint' | transloco }}</p>
          <select id="project-sector" formControlName="sectorProgrammeId" aria-describedby="project-sector-hint">
            <option value="">{{ 'chain.projectNew.noSectorProgramme' | transloco }}</option>
            @for (s of programmes.value()!; track s.id) {
              <option [value]="s.id">{{ s.name }}</option>
            }
          </select>
          <koers-field-error id="project-sector-error" [message]="errors().sectorProgrammeId" />
        </div>
        @if (programmeId()) {
          <div class="koers-field">
            <label for="project-theme">{{ 'chain.projectNew.theme' | transloco }}</label>
            <p class="koers-hint" id="project-theme-hint">{{ 'chain.projectNew.themeHint' | transloco }}</p>
            <input id="project-theme" formControlName="theme" maxlength="100" list="project-themes" autocomplete="off"
                   [attr.aria-describedby]="'project-theme-hint' + (errors().theme ? ' project-theme-error' : '')" />
            <datalist id="project-themes">
              @for (t of themes(); track t) {
                <option [value]="t"></option>
              }
            </datalist>
            <koers-field-error id="project-theme-error" [message]="errors().theme" />
          </div>
        }
      }

      <koers-refusal data-testid="create-error" [refusal]="creation.actions.error()" [omit]="creation.placed()" />
      <button class="koers-button" type="submit" [disabled]="creation.actions.busy()">{{ 'chain.projectNew.create' | transloco }}</button>
    </form>
  `,
  styles: `
    .koers-dates { align-items: flex-start; }
  `,
})
export class ProjectNewPage {
  /** Query parameters: the proposal or application taken up, the sector programme preselected. */
  readonly voorstel = input<string>();
  readonly aanvraag = input<string>();
  readonly sector = input<string>();
  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  readonly roles = CHAIN_ROLES;
  readonly roleLabels = CHAIN_ROLE_LABELS;
  private readonly partnerPicker = viewChild<OrganisationPicker>('partnerPicker');

  readonly form = new FormGroup({
    ...newGroupControls(),
    subject: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    goal: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }),
    lead: new FormGroup({ organisationId: new FormControl('', { nonNullable: true, validators: notBlank }), chainRole: role() }),
    partners: new FormArray<PartnerGroup>([]),
    sectorProgrammeId: new FormControl('', { nonNullable: true }),
    theme: new FormControl('', { nonNullable: true, validators: Validators.maxLength(100) }),
  });
  /** One chain partner to add to the list (not part of what is sent). */
  readonly newPartner = new FormGroup({ organisationId: new FormControl('', { nonNullable: true, validators: notBlank }), chainRole: role() });
  readonly pickedPartner = signal<PickedOrganisation | null>(null);

  readonly errors = fieldErrors(this.form, {
    name: { required: 'chain.projectNew.nameRequired', maxlength: tooLong },
    subject: { required: 'chain.projectNew.subjectRequired', maxlength: tooLong },
    startsOn: { required: 'chain.projectNew.startsOnRequired' },
    endsOn: { required: 'chain.projectNew.endsOnRequired', endsBeforeStart: 'chain.projectNew.endsBeforeStart' },
    'lead.organisationId': { required: 'chain.projectNew.leadRequired' },
    'lead.chainRole': { required: 'chain.projectNew.roleRequired' },
    sectorProgrammeId: {},
    theme: { maxlength: tooLong },
  });
  readonly newPartnerErrors = fieldErrors(this.newPartner, { organisationId: { required: 'chain.projectNew.partnerRequired' }, chainRole: { required: 'chain.projectNew.roleRequired' } });
  private readonly version = watchForm(this.form);
  readonly partnerErrors = computed(() => {
    this.version();
    return this.form.controls.partners.controls.map((p) => ({ organisation: messageOf(p.controls.name, {}), chainRole: messageOf(p.controls.chainRole, { required: 'chain.projectNew.roleRequired' }) }));
  });
  readonly partnerIds = computed(() => {
    this.version();
    return this.form.controls.partners.controls.map((p) => p.controls.organisationId.value);
  });
  /** Who is in the project already: the lead and the partners listed. */
  readonly takenIds = computed(() => {
    this.version();
    return [this.form.controls.lead.controls.organisationId.value, ...this.partnerIds()].filter(Boolean);
  });
  /** Whole months from start to end, once both are there (the API refuses outside 6 to 24). */
  readonly months = computed(() => {
    this.version();
    const { startsOn, endsOn } = this.form.getRawValue();
    return startsOn && endsOn && endsOn >= startsOn ? monthsBetween(startsOn, endsOn) : null;
  });
  readonly programmeId = computed(() => {
    this.version();
    return this.form.controls.sectorProgrammeId.value;
  });

  readonly proposal = resource({ params: () => this.voorstel() || undefined, loader: async ({ params }) => (await this.api.proposals()).items.find((p) => p.id === params && p.status === 'open') ?? null });
  readonly application = resource({ params: () => this.aanvraag() || undefined, loader: async ({ params }) => (await this.api.applications('submitted')).items.find((a) => a.id === params) ?? null });
  readonly programmes = resource({ loader: async () => (await this.api.sectorProgrammes()).items });
  readonly programme = resource({ params: () => this.programmeId() || undefined, loader: ({ params }) => this.api.sectorProgramme(params) });
  /** Themes to suggest: the programme's own (from its questions) and the care sector's. */
  readonly themes = computed(() => {
    const lang = this.language.current();
    const own = this.programme.hasValue() ? this.programme.value().themes.map((t) => t.theme) : [];
    return [...new Set([...own, ...CARE_SECTOR_THEMES.map((t) => t[lang])])];
  });
  readonly candidatesOutside = computed(() => (this.proposal.value()?.candidatePartners ?? []).filter((c) => !c.organisationId).map((c) => c.name));
  readonly invited = computed(() => (this.application.value()?.members ?? []).filter((m) => m.email).map((m) => `${m.name} (${m.email})`));
  readonly notInvited = computed(() => (this.application.value()?.members ?? []).filter((m) => !m.email).map((m) => m.name));

  readonly creation = groupCreation(this.form, FIELDS);

  constructor() {
    // What the page was opened with fills the form once, until the user changes it.
    effect(() => {
      const p = this.proposal.value();
      untracked(() => {
        if (!p || this.form.dirty) return;
        this.form.patchValue({ name: p.title, goal: p.description });
        this.form.controls.partners.clear();
        for (const c of p.candidatePartners) if (c.organisationId) this.form.controls.partners.push(partnerRow(c.organisationId, c.name));
      });
    });
    effect(() => {
      const a = this.application.value();
      untracked(() => {
        if (!a) return;
        this.form.controls.lead.controls.organisationId.setValue(a.applicantOrganisationId);
        if (!this.form.dirty) this.form.patchValue({ name: a.title, goal: a.description });
      });
    });
    effect(() => {
      const sector = this.sector();
      const programmes = this.programmes.value();
      untracked(() => {
        if (sector && programmes?.some((s) => s.id === sector) && !this.form.controls.sectorProgrammeId.value) this.form.controls.sectorProgrammeId.setValue(sector);
      });
    });
    // No theme without a programme (the API refuses it).
    this.form.controls.sectorProgrammeId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => {
      if (!id) this.form.controls.theme.setValue('');
    });
  }

  /** The lead is not a chain partner as well. */
  leadPicked(o: PickedOrganisation | null) {
    const i = o ? this.partnerIds().indexOf(o.id) : -1;
    if (i >= 0) this.form.controls.partners.removeAt(i);
  }

  addPartner() {
    this.newPartner.markAllAsTouched();
    const picked = this.pickedPartner();
    const { organisationId, chainRole } = this.newPartner.getRawValue();
    if (this.newPartner.invalid || !picked || picked.id !== organisationId) return;
    this.form.controls.partners.push(partnerRow(picked.id, picked.name, chainRole));
    this.form.markAsDirty();
    this.newPartner.reset();
    this.pickedPartner.set(null);
    this.partnerPicker()?.clear();
  }

  removePartner(i: number) {
    this.form.controls.partners.removeAt(i);
    this.form.markAsDirty();
  }

  create() {
    const v = this.form.getRawValue();
    const body: NewChainProject = {
      name: v.name.trim(),
      subject: v.subject.trim(),
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      lead: { organisationId: v.lead.organisationId, chainRole: v.lead.chainRole as ChainRole },
      partners: v.partners.map((p) => ({ organisationId: p.organisationId, chainRole: p.chainRole as ChainRole })),
      ...(v.goal.trim() ? { goal: v.goal.trim() } : {}),
      ...(this.proposal.value() ? { proposalId: this.voorstel() } : {}),
      ...(this.application.value() ? { applicationId: this.aanvraag() } : {}),
      ...(v.sectorProgrammeId ? { sectorProgrammeId: v.sectorProgrammeId } : {}),
      ...(v.sectorProgrammeId && v.theme.trim() ? { theme: v.theme.trim() } : {}),
    };
    return this.creation.create(() => this.api.create(body));
  }
}
