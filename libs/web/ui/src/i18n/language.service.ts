import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { LANGUAGES, type Language } from './translations';

const STORAGE_KEY = 'koers.language';

/** The interface language: Dutch by default, English on request, remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Language>('nl');

  constructor() {
    this.use(this.read() ?? 'nl', false);
  }

  use(lang: Language, remember = true): void {
    this.current.set(lang);
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    if (remember) {
      try {
        localStorage.setItem(STORAGE_KEY, lang);
      } catch {
        /* storage unavailable (private mode): the choice lasts this visit */
      }
    }
  }

  private read(): Language | null {
    try {
      const v = localStorage.getItem(STORAGE_KEY);
      return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : null;
    } catch {
      return null;
    }
  }
}
