import { inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { ToastService } from '@koers/web-ui';
import { readRefusal, type Refusal } from './refusal';

/**
 * How a page runs one change: busy while it runs, the API's refusal if any
 * (show it in `koers-refusal`), a toast when it worked. Call in a field
 * initialiser (it injects).
 */
export function pageActions() {
  const toasts = inject(ToastService);
  const transloco = inject(TranslocoService);
  const busy = signal(false);
  const error = signal<Refusal | null>(null);
  return {
    busy,
    error,
    /** Runs `change`; on success shows `done` (a text key) and calls `after`. Resolves to whether it worked. */
    async run(change: () => Promise<unknown>, done?: string, doneParams: Record<string, string | number> = {}, after?: () => void): Promise<boolean> {
      busy.set(true);
      error.set(null);
      try {
        await change();
        if (done) toasts.show(transloco.translate(done, doneParams));
        after?.();
        return true;
      } catch (e) {
        error.set(readRefusal(e));
        return false;
      } finally {
        busy.set(false);
      }
    },
  };
}

export type PageActions = ReturnType<typeof pageActions>;
