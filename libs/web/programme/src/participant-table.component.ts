import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { BilingualPipe, KoersDatePipe, type Bilingual } from './pipes';
import { programmeTexts } from './texts';

/** "Te laat": an enrolment past the date its phase should have been finished by. */
@Component({
  selector: 'koers-late-mark',
  imports: [TranslocoPipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (late()) {
      <span class="koers-badge koers-badge-warn">{{ 'programme.late' | transloco }}</span>
    }
  `,
})
export class LateMarkComponent {
  readonly late = input(false);
}

/** One enrolment as the table shows it (a step's row type fits when it has these fields). */
export interface ParticipantTableRow {
  id: string;
  organisationName: string | null;
  phase: string;
  /** The date its current phase should be finished by (the group planning). */
  plannedBy: string | null;
  late: boolean;
  /** Who works with it (a step's adviser or coach); the column shows when `staffHeader` is given. */
  staffName?: string | null;
}

/**
 * Who takes part in a group and where each stands: the phase, the date it
 * should be finished by and the late mark, and a link to each one's own page.
 */
@Component({
  selector: 'koers-participant-table',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, LateMarkComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="koers-table">
      <caption class="koers-visually-hidden">{{ caption() }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ organisationHeader() ?? ('programme.participants.organisation' | transloco) }}</th>
          <th scope="col">{{ 'programme.participants.phase' | transloco }}</th>
          <th scope="col">{{ 'programme.participants.plannedBy' | transloco }}</th>
          @if (staffHeader(); as header) {
            <th scope="col">{{ header }}</th>
          }
          @if (link()) {
            <th scope="col"><span class="koers-visually-hidden">{{ linkLabel() ?? ('programme.participants.open' | transloco) }}</span></th>
          }
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.id) {
          <tr [attr.data-participant]="row.organisationName">
            <td>{{ row.organisationName }}</td>
            <td>
              {{ labels()[row.phase] | bilingual }}
              <koers-late-mark [late]="row.late" />
            </td>
            <td>{{ row.plannedBy | koersDate }}</td>
            @if (staffHeader()) {
              <td>{{ row.staffName ?? '—' }}</td>
            }
            @if (link(); as linkTo) {
              <td>
                <a [routerLink]="linkTo(row)">{{ linkLabel() ?? ('programme.participants.open' | transloco) }}<span class="koers-visually-hidden"> {{ row.organisationName }}</span></a>
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
})
export class ParticipantTableComponent {
  readonly rows = input.required<readonly ParticipantTableRow[]>();
  /** Every phase's name, exits included. */
  readonly labels = input.required<Readonly<Record<string, Bilingual>>>();
  /** What the table is, for screen readers. */
  readonly caption = input.required<string>();
  /** The step's word for its organisations ("Bedrijf"); a general word without. */
  readonly organisationHeader = input<string | null>(null);
  /** The step's word for the staff column ("Adviseur"); no column without. */
  readonly staffHeader = input<string | null>(null);
  /** Where a row's link goes (a router link, relative to the page); no link column without. */
  readonly link = input<((row: ParticipantTableRow) => string | readonly unknown[]) | null>(null);
  readonly linkLabel = input<string | null>(null);
}
