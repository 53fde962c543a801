import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

/** Short confirmations and failures, announced politely to screen readers. */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private readonly snackBar = inject(MatSnackBar);
  show(message: string, kind: 'info' | 'error' = 'info') {
    this.snackBar.open(message, undefined, { duration: kind === 'error' ? 8000 : 4000, politeness: kind === 'error' ? 'assertive' : 'polite', panelClass: `koers-toast-${kind}` });
  }
}
