import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient, MasterclassApi, type RegionScan } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { ScanFormComponent, type ScanInputs } from './scan-form.section';
import { ScanImportSection } from './scan-import.section';
import { ScanResultSection } from './scan-result.section';

/**
 * The region scan: a coordinator picks municipalities and the audience and
 * runs it (saved with its date and inputs), imports a company list; everyone
 * on the staff opens the saved scans (`regioscan/<id>`), which give the same
 * list again.
 */
@Component({
  selector: 'koers-scan',
  imports: [TranslocoPipe, RouterLink, KoersDatePipe, LoadingComponent, ErrorStateComponent, RefusalComponent, ScanFormComponent, ScanImportSection, ScanResultSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="scanId() ? '../..' : '..'">{{ 'masterclass.common.back' | transloco }}</a></p>
    <h1>{{ 'masterclass.scan.title' | transloco }}</h1>
    <p>{{ 'masterclass.scan.intro' | transloco }}</p>
    @if (organiser()) {
      <div class="koers-columns">
        <div>
          <koers-scan-form [known]="known.value() ?? []" [busy]="actions.busy()" (run)="run($event)" />
          <koers-refusal data-testid="scan-error" [refusal]="actions.error()" />
        </div>
        <koers-scan-import (imported)="saved.reload()" />
      </div>
    }

    @if (shown(); as scan) {
      <koers-scan-result [scan]="scan" />
    } @else if (scanId() && opened.error()) {
      <koers-error-state (retry)="opened.reload()" />
    } @else if (scanId()) {
      <koers-loading />
    }

    <h2>{{ 'masterclass.scan.saved' | transloco }}</h2>
    @if (saved.value()?.length) {
      <ul data-testid="saved-scans">
        @for (s of saved.value()!; track s.id) {
          <li>
            <a [routerLink]="scanId() ? ['..', s.id] : [s.id]" [attr.aria-current]="s.id === shown()?.id ? 'page' : null">{{ s.createdAt | koersDate: 'time' }}</a>
            · {{ s.municipalities.join(', ') }} · {{ 'masterclass.audience.' + s.audience | transloco }} · {{ 'masterclass.scan.candidateCount' | transloco: { count: s.candidateCount } }}
          </li>
        }
      </ul>
    } @else if (saved.error()) {
      <koers-error-state (retry)="saved.reload()" />
    } @else if (!saved.isLoading()) {
      <p>{{ 'masterclass.scan.noSaved' | transloco }}</p>
    }
  `,
})
export class ScanPage {
  private readonly api = inject(MasterclassApi);
  private readonly client = inject(ApiClient);
  private readonly auth = inject(AuthService);
  /** From the route (`regioscan/:scanId`), when a saved scan is opened. */
  readonly scanId = input<string>();
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly actions = pageActions();

  readonly opened = resource({ params: () => this.scanId(), loader: ({ params }) => this.api.savedScan(params) });
  readonly saved = resource({ loader: async () => (await this.api.scans()).items });
  /** Municipalities of the partner's organisations, suggested in the scan form. */
  readonly known = resource({
    params: () => this.organiser() || undefined,
    loader: async () => [...new Set((await this.client.organisations({ pageSize: 100 })).items.flatMap((o) => (o.municipality ? [o.municipality] : [])))],
  });
  /** The scan just run on this page; another saved scan opened replaces it. */
  readonly ran = linkedSignal<string | undefined, RegionScan | null>({ source: this.scanId, computation: () => null });
  readonly shown = computed(() => this.ran() ?? (this.opened.hasValue() ? this.opened.value() : null));

  async run(inputs: ScanInputs) {
    let scan: RegionScan | null = null;
    if (await this.actions.run(async () => (scan = await this.api.scan(inputs)), 'masterclass.scan.done')) {
      this.ran.set(scan);
      this.saved.reload();
    }
  }
}
