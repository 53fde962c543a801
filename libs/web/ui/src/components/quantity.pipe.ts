import { Pipe, PipeTransform, inject } from '@angular/core';
import { formatQuantity } from '../i18n/format';
import { LanguageService } from '../i18n/language.service';

/** `{{ 1234.5 | quantity: 'kg CO₂e' }}` -> `1.234,5 kg CO₂e` in Dutch. Impure so it follows a language switch. */
@Pipe({ name: 'quantity', pure: false })
export class QuantityPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  transform(value: number | null | undefined, unit: string, digits = 1): string {
    return value == null ? '–' : formatQuantity(value, unit, this.language.current(), digits);
  }
}
