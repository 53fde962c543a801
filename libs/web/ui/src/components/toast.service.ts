import { ChangeDetectionStrategy, Component, Injectable, inject, signal } from '@angular/core';

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

/** Short confirmations and failures: shown briefly in a live region that screen readers announce. */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private next = 0;
  readonly toasts = signal<Toast[]>([]);

  show(message: string, kind: Toast['kind'] = 'info') {
    const toast = { id: ++this.next, message, kind };
    this.toasts.update((t) => [...t, toast]);
    setTimeout(() => this.toasts.update((t) => t.filter((x) => x.id !== toast.id)), kind === 'error' ? 8000 : 4000);
  }
}

@Component({
  selector: 'koers-toasts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koers-toasts" role="status" aria-live="polite">
      @for (t of toasts.toasts(); track t.id) {
        <p class="koers-toast" [class.koers-toast-error]="t.kind === 'error'" [attr.role]="t.kind === 'error' ? 'alert' : null">{{ t.message }}</p>
      }
    </div>
  `,
})
export class ToastsComponent {
  readonly toasts = inject(ToastService);
}
