import { Injectable, isDevMode } from '@angular/core';
import { provideTransloco, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import { of } from 'rxjs';
import { TRANSLATIONS, LANGUAGES, type Language } from './translations';

/** Translations ship with the code: no extra request before the first screen. */
@Injectable({ providedIn: 'root' })
export class InlineTranslationLoader implements TranslocoLoader {
  getTranslation(lang: string) {
    const known = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'nl';
    return of(TRANSLATIONS[known] as unknown as Translation);
  }
}

export function provideKoersI18n() {
  return provideTransloco({
    config: {
      availableLangs: [...LANGUAGES],
      defaultLang: 'nl',
      fallbackLang: 'nl',
      reRenderOnLangChange: true,
      prodMode: !isDevMode(),
      missingHandler: { logMissingKey: true, useFallbackTranslation: true },
    },
    loader: InlineTranslationLoader,
  });
}
