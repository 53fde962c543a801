import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi, type NewProposal } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { fieldName } from '../../ce';
import { DecisionForm } from './decision.form';
import { ProposalForm, type OpportunityChoice, type ProposalParticipant } from './proposal.form';

/**
 * What recurs in a masterclass's outcomes (innovation fields, partner pairs,
 * shared opportunities), the group's go / no go with its reasons, and after
 * go the chain-project proposals made from an opportunity.
 */
@Component({
  selector: 'koers-opportunities',
  imports: [TranslocoPipe, RouterLink, LoadingComponent, ErrorStateComponent, RefusalComponent, BilingualPipe, KoersDatePipe, DecisionForm, ProposalForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'masterclass.common.back' | transloco }}</a></p>
    @if (masterclass.error() && !masterclass.value()) {
      <koers-error-state (retry)="reload()" />
    } @else if (!masterclass.value()) {
      <koers-loading />
    } @else {
      @let m = masterclass.value()!;
      <h1>{{ 'masterclass.opportunities.title' | transloco }}: {{ m.name }}</h1>
      <p>{{ 'masterclass.opportunities.intro' | transloco }}</p>

      @if (overview.value(); as o) {
        <h2>{{ 'masterclass.opportunities.fields' | transloco }}</h2>
        @if (o.fields.length) {
          <table class="koers-table" data-testid="recurring-fields">
            <caption class="koers-visually-hidden">{{ 'masterclass.opportunities.fields' | transloco }}</caption>
            <thead><tr><th scope="col">{{ 'masterclass.opportunities.field' | transloco }}</th><th scope="col">{{ 'masterclass.opportunities.count' | transloco }}</th><th scope="col">{{ 'masterclass.opportunities.who' | transloco }}</th></tr></thead>
            <tbody>
              @for (f of o.fields; track f.fieldId) {
                <tr [attr.data-field]="f.fieldId"><td>{{ fieldName(f.fieldId) | bilingual }}</td><td>{{ f.count }}</td><td>{{ names(f.enrolmentIds) }}</td></tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'masterclass.opportunities.none' | transloco }}</p>
        }
        <h2>{{ 'masterclass.opportunities.pairs' | transloco }}</h2>
        @if (o.pairs.length) {
          <table class="koers-table" data-testid="pairs">
            <caption class="koers-visually-hidden">{{ 'masterclass.opportunities.pairs' | transloco }}</caption>
            <thead><tr><th scope="col">{{ 'masterclass.opportunities.pair' | transloco }}</th><th scope="col">{{ 'masterclass.opportunities.count' | transloco }}</th></tr></thead>
            <tbody>
              @for (p of o.pairs; track $index) {
                <tr><td>{{ name(p.a) }} – {{ name(p.b) }}</td><td>{{ p.count }}</td></tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'masterclass.opportunities.none' | transloco }}</p>
        }
        <h2>{{ 'masterclass.opportunities.shared' | transloco }}</h2>
        @if (choices().length) {
          <ul data-testid="shared-opportunities">
            @for (c of choices(); track $index) {
              <li>{{ c.title }} ({{ names(c.enrolmentIds) }})</li>
            }
          </ul>
        } @else {
          <p>{{ 'masterclass.opportunities.none' | transloco }}</p>
        }
      } @else if (overview.error()) {
        <koers-error-state (retry)="overview.reload()" />
      } @else {
        <koers-loading />
      }

      <h2>{{ 'masterclass.opportunities.decision' | transloco }}</h2>
      @if (m.decision; as d) {
        <p data-testid="decision">{{ 'masterclass.opportunities.current' | transloco: { date: (d.decidedAt | koersDate), decision: (d.decision === 'go' ? 'Go' : 'No go') } }} — {{ d.reasons }}</p>
      }
      @if (organiser()) {
        <koers-refusal data-testid="decision-error" [refusal]="decisionActions.error()" />
        <koers-decision-form [stored]="m.decision" [busy]="decisionActions.busy()" (decide)="decide($event)" />
      }

      <h2>{{ 'masterclass.opportunities.proposal' | transloco }}</h2>
      @if (m.decision?.decision === 'go') {
        @if (organiser()) {
          <koers-refusal data-testid="proposal-error" [refusal]="proposalActions.error()" />
          <koers-proposal-form #proposalForm [participants]="participants()" [opportunities]="choices()" [busy]="proposalActions.busy()" (propose)="propose($event, proposalForm)" />
        }
      } @else {
        <p>{{ 'masterclass.opportunities.onlyAfterGo' | transloco }}</p>
      }
      <h3>{{ 'masterclass.opportunities.proposals' | transloco }}</h3>
      @if (m.proposals.length) {
        <ul class="koers-cards" data-testid="proposals">
          @for (p of m.proposals; track p.id) {
            <li [attr.data-proposal]="p.title">
              <strong>{{ p.title }}</strong> · {{ 'masterclass.opportunities.statuses.' + p.status | transloco }} · {{ p.createdAt | koersDate }}
              @if (p.description) {
                <p>{{ p.description }}</p>
              }
              <p>{{ 'masterclass.opportunities.partners' | transloco }}: <span data-testid="proposal-partners">{{ partnerNames(p.candidatePartners) }}</span></p>
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'masterclass.opportunities.noProposals' | transloco }}</p>
      }
    }
  `,
})
export class OpportunitiesPage {
  readonly masterclassId = input.required<string>();
  private readonly api = inject(MasterclassApi);
  private readonly auth = inject(AuthService);
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly fieldName = fieldName;

  readonly masterclass = resource({ params: () => this.masterclassId(), loader: ({ params }) => this.api.masterclass(params) });
  readonly overview = resource({ params: () => this.masterclassId(), loader: ({ params }) => this.api.opportunities(params) });
  readonly participants = computed<ProposalParticipant[]>(() => (this.masterclass.value()?.participants ?? []).map((p) => ({ enrolmentId: p.id, name: p.organisationName ?? '' })));
  /** Every shared opportunity once (the same title named by several is one), with everyone in it: who named it and whom with. */
  readonly choices = computed<OpportunityChoice[]>(() => {
    const byTitle = new Map<string, OpportunityChoice>();
    for (const o of this.overview.value()?.opportunities ?? []) {
      const key = o.title.trim().toLowerCase();
      const choice = byTitle.get(key) ?? { title: o.title.trim(), enrolmentIds: [] };
      choice.enrolmentIds = [...new Set([...choice.enrolmentIds, o.enrolmentId, ...o.withEnrolmentIds])];
      byTitle.set(key, choice);
    }
    return [...byTitle.values()];
  });

  readonly decisionActions = pageActions();
  readonly proposalActions = pageActions();

  name(enrolmentId: string): string {
    return this.masterclass.value()?.participants.find((p) => p.id === enrolmentId)?.organisationName ?? '—';
  }
  names(ids: readonly string[]): string {
    return ids.map((id) => this.name(id)).join(', ');
  }
  partnerNames(partners: readonly { enrolmentId: string | null; name: string }[]): string {
    return partners.map((p) => p.name || (p.enrolmentId ? this.name(p.enrolmentId) : '')).join(', ');
  }

  reload() {
    this.masterclass.reload();
    this.overview.reload();
  }

  decide(body: { decision: 'go' | 'no_go'; reasons: string }) {
    return this.decisionActions.run(() => this.api.decide(this.masterclassId(), body), 'masterclass.opportunities.decided', {}, () => this.masterclass.reload());
  }

  async propose(body: NewProposal, form: ProposalForm) {
    if (await this.proposalActions.run(() => this.api.propose(this.masterclassId(), body), 'masterclass.opportunities.proposed', {}, () => this.masterclass.reload())) form.clear();
  }
}
