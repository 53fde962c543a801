import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { provideKoersI18n } from './provide-i18n';

describe('LanguageService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Dutch and remembers a switch to English', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n()] });
    const language = TestBed.inject(LanguageService);
    expect(language.current()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    language.use('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('koers.language')).toBe('en');
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
  });

  it('starts in the language remembered in this browser', () => {
    localStorage.setItem('koers.language', 'en');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n()] });
    expect(TestBed.inject(LanguageService).current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a language it knows', () => {
    localStorage.setItem('koers.language', 'fr');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n()] });
    expect(TestBed.inject(LanguageService).current()).toBe('nl');
  });
});

